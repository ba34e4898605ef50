package dev.secpillar.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A scenario written in YAML (plain maps, lists and scalars), as pretty JSON: the text a
 * learner is shown, and the text the simulator parses. While writing it remembers the path
 * ("/identityPolicies/0/Statement/1/Effect") of every key and value it puts at each line and
 * column, so an error the simulator reports in the JSON can be traced back to the YAML line
 * an author wrote.
 */
public final class ScenarioJson {
    /**
     * A small object or array stays on one line when the line then ends before this column:
     * {@code "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}}. It keeps a
     * scenario short enough to read beside its question on an 80-column terminal.
     */
    private static final int LINE_LIMIT = 72;
    /** Only shallow values go on one line (an object of scalars, or of one more level). */
    private static final int INLINE_DEPTH = 2;

    private final StringBuilder out = new StringBuilder();
    private final NavigableMap<Long, String> paths = new TreeMap<>();
    private int line = 1;
    private int lineStart;

    private ScenarioJson() {}

    /** The pretty JSON of plain data (maps keep their order). */
    public static String text(Map<String, Object> data) {
        return write(data).out.toString();
    }

    static ScenarioJson write(Map<String, Object> data) {
        ScenarioJson json = new ScenarioJson();
        json.value(data, "", 0);
        json.out.append('\n');
        return json;
    }

    String json() {
        return out.toString();
    }

    /** The path of the key or value written at or nearest before the line and column (1-based). */
    String pathAt(int atLine, int atColumn) {
        Map.Entry<Long, String> e = paths.floorEntry(key(atLine, atColumn));
        return e == null ? "" : e.getValue();
    }

    private static long key(int line, int column) {
        return ((long) line << 32) | column;
    }

    private void mark(String path) {
        paths.putIfAbsent(key(line, out.length() - lineStart + 1), path);
    }

    private void newline(int indent) {
        out.append('\n');
        line++;
        lineStart = out.length();
        out.append("  ".repeat(indent));
    }

    private void value(Object v, String path, int indent) {
        mark(path);
        if ((v instanceof Map<?, ?> || v instanceof List<?>) && depth(v) <= INLINE_DEPTH
                && column() + inlineText(v).length() + 1 <= LINE_LIMIT) {
            inline(v, path);
        } else if (v instanceof Map<?, ?> map) {
            object(map, path, indent);
        } else if (v instanceof List<?> list) {
            array(list, path, indent);
        } else {
            out.append(scalar(v));
        }
    }

    private void object(Map<?, ?> map, String path, int indent) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        int i = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            newline(indent + 1);
            String child = path + "/" + e.getKey();
            mark(child);
            out.append(quote(String.valueOf(e.getKey()))).append(": ");
            value(e.getValue(), child, indent + 1);
            if (++i < map.size()) {
                out.append(',');
            }
        }
        newline(indent);
        out.append('}');
    }

    private int column() {
        return out.length() - lineStart;
    }

    /** Nesting depth: 0 for a scalar, 1 for a container of scalars, and so on. */
    private static int depth(Object v) {
        if (v instanceof Map<?, ?> map) {
            return 1 + map.values().stream().mapToInt(ScenarioJson::depth).max().orElse(0);
        }
        if (v instanceof List<?> list) {
            return 1 + list.stream().mapToInt(ScenarioJson::depth).max().orElse(0);
        }
        return 0;
    }

    /** The value on one line, as {@link #inline} writes it. */
    private static String inlineText(Object v) {
        if (v instanceof Map<?, ?> map) {
            return "{" + String.join(", ", map.entrySet().stream()
                    .map(e -> quote(String.valueOf(e.getKey())) + ": " + inlineText(e.getValue())).toList()) + "}";
        }
        if (v instanceof List<?> list) {
            return "[" + String.join(", ", list.stream().map(ScenarioJson::inlineText).toList()) + "]";
        }
        return scalar(v);
    }

    /** Writes the value on one line, marking where each key and value starts. */
    private void inline(Object v, String path) {
        mark(path);
        if (v instanceof Map<?, ?> map) {
            out.append('{');
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String child = path + "/" + e.getKey();
                mark(child);
                out.append(quote(String.valueOf(e.getKey()))).append(": ");
                inline(e.getValue(), child);
                if (++i < map.size()) {
                    out.append(", ");
                }
            }
            out.append('}');
        } else if (v instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                inline(list.get(i), path + "/" + i);
                if (i + 1 < list.size()) {
                    out.append(", ");
                }
            }
            out.append(']');
        } else {
            out.append(scalar(v));
        }
    }

    private void array(List<?> list, String path, int indent) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        if (depth(list) == 1) {
            // A long list of scalars (KMS actions, say) is packed several to a line.
            newline(indent + 1);
            for (int i = 0; i < list.size(); i++) {
                String item = scalar(list.get(i));
                if (i > 0) {
                    out.append(',');
                    if (column() + 1 + item.length() + 1 > LINE_LIMIT) {
                        newline(indent + 1);
                    } else {
                        out.append(' ');
                    }
                }
                mark(path + "/" + i);
                out.append(item);
            }
            newline(indent);
            out.append(']');
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            newline(indent + 1);
            value(list.get(i), path + "/" + i, indent + 1);
            if (i + 1 < list.size()) {
                out.append(',');
            }
        }
        newline(indent);
        out.append(']');
    }

    private static String scalar(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Boolean || v instanceof Long || v instanceof Integer || v instanceof java.math.BigInteger) {
            return v.toString();
        }
        if (v instanceof Double d) {
            // JSON has no NaN or infinity; the policy parser then reports the string where a number was due.
            return d.isNaN() || d.isInfinite() ? quote(d.toString()) : BigDecimal.valueOf(d).toPlainString();
        }
        return quote(v.toString());
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
