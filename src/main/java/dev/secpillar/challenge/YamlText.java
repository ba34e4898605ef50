package dev.secpillar.challenge;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Plain data as YAML a learner can edit: block mappings, and one line per list item when the
 * item is small (a security group rule, an action id), as people write rule tables.
 */
final class YamlText {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_./-]*(:[A-Za-z0-9_./*-]+)*");
    private static final List<String> RESERVED = List.of("true", "false", "null", "yes", "no", "on", "off", "~");
    private static final int INLINE_WIDTH = 72;

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
                sb.append("  ".repeat(indent)).append(scalar(String.valueOf(e.getKey()))).append(':');
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
                        sb.append(first ? " " : "  ".repeat(indent + 1)).append(scalar(String.valueOf(e.getKey())))
                                .append(':');
                        entry(sb, e.getValue(), indent + 1);
                        first = false;
                    }
                } else {
                    sb.append('\n');
                    block(sb, item, indent + 1);
                }
            }
        } else {
            sb.append("  ".repeat(indent)).append(scalar(v)).append('\n');
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

    /** A scalar, a small flat mapping or a list of scalars on one line; else null. */
    private static String inline(Object v) {
        String s;
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (e.getValue() instanceof Map || (e.getValue() instanceof List<?> l && !flatList(l))) {
                    return null;
                }
                sb.append(sb.length() > 1 ? ", " : "").append(scalar(String.valueOf(e.getKey()))).append(": ")
                        .append(inline(e.getValue()));
            }
            s = sb.append('}').toString();
        } else if (v instanceof List<?> l) {
            if (!flatList(l)) {
                return null;
            }
            StringBuilder sb = new StringBuilder("[");
            for (Object o : l) {
                sb.append(sb.length() > 1 ? ", " : "").append(scalar(o));
            }
            s = sb.append(']').toString();
        } else {
            return scalar(v);
        }
        return s.length() <= INLINE_WIDTH ? s : null;
    }

    private static boolean flatList(List<?> l) {
        return l.stream().noneMatch(o -> o instanceof Map || o instanceof List);
    }

    static String scalar(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        String s = v.toString();
        if (PLAIN.matcher(s).matches() && !RESERVED.contains(s.toLowerCase())) {
            return s;
        }
        return JsonText.quote(s);
    }
}
