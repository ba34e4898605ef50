package dev.secpillar.challenge;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Plain data as YAML a learner can edit: block mappings, and one line per list item when the
 * item is small (a security group rule, an action id), as people write rule tables.
 */
final class YamlText {
    /** Text that reads back as itself when written plain (in a flow collection, ':' is quoted too). */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_./-]*(:[A-Za-z0-9_./*-]+)*");
    /** What the YAML 1.2 core schema would read as a number, true/false or null. */
    private static final Pattern NOT_TEXT = Pattern.compile(
            "[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?"
                    + "|true|True|TRUE|false|False|FALSE|null|Null|NULL|~");
    private static final int INLINE_WIDTH = 100;

    private YamlText() {}

    static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        block(sb, value, 0);
        return sb.toString();
    }

    private static void block(StringBuilder sb, Object v, int indent) {
        if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                sb.append("  ".repeat(indent)).append("{}\n");
            }
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append("  ".repeat(indent)).append(scalar(String.valueOf(e.getKey()), false)).append(':');
                entry(sb, e.getValue(), indent);
            }
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                sb.append("  ".repeat(indent)).append("[]\n");
            }
            for (Object item : l) {
                sb.append("  ".repeat(indent)).append('-');
                String inline = inline(item);
                if (inline != null) {
                    sb.append(' ').append(inline).append('\n');
                } else if (item instanceof Map<?, ?> m && !m.isEmpty()) {
                    // "- key: value" then the other keys aligned under the first
                    boolean first = true;
                    for (Map.Entry<?, ?> e : m.entrySet()) {
                        sb.append(first ? " " : "  ".repeat(indent + 1))
                                .append(scalar(String.valueOf(e.getKey()), false)).append(':');
                        entry(sb, e.getValue(), indent + 1);
                        first = false;
                    }
                } else {
                    sb.append('\n');
                    block(sb, item, indent + 1);
                }
            }
        } else {
            sb.append("  ".repeat(indent)).append(scalar(v, false)).append('\n');
        }
    }

    private static void entry(StringBuilder sb, Object value, int indent) {
        String inline = value instanceof Map<?, ?> m && !m.isEmpty() ? null : inline(value);
        if (inline != null) {
            sb.append(' ').append(inline).append('\n');
        } else {
            sb.append('\n');
            block(sb, value, indent + 1);
        }
    }

    /** A scalar alone, or a flow collection, on one line; else null. */
    private static String inline(Object v) {
        return v instanceof Map || v instanceof List ? flow(v) : scalar(v, false);
    }

    /** A small flat mapping or a list of scalars in flow style; else null. */
    private static String flow(Object v) {
        String s;
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (e.getValue() instanceof Map || (e.getValue() instanceof List<?> l && !flatList(l))) {
                    return null;
                }
                sb.append(sb.length() > 1 ? ", " : "").append(scalar(String.valueOf(e.getKey()), true)).append(": ")
                        .append(e.getValue() instanceof List ? flow(e.getValue()) : scalar(e.getValue(), true));
            }
            s = sb.append('}').toString();
        } else if (v instanceof List<?> l) {
            if (!flatList(l)) {
                return null;
            }
            StringBuilder sb = new StringBuilder("[");
            for (Object o : l) {
                sb.append(sb.length() > 1 ? ", " : "").append(scalar(o, true));
            }
            s = sb.append(']').toString();
        } else {
            return scalar(v, true);
        }
        return s.length() <= INLINE_WIDTH ? s : null;
    }

    private static boolean flatList(List<?> l) {
        return l.stream().noneMatch(o -> o instanceof Map || o instanceof List);
    }

    static String scalar(Object v, boolean inFlow) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        String s = v.toString();
        if (PLAIN.matcher(s).matches() && !NOT_TEXT.matcher(s).matches() && !(inFlow && s.contains(":"))) {
            return s;
        }
        return JsonText.quote(s);
    }
}
