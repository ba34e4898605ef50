package dev.secpillar.policy;

import java.util.List;
import java.util.Locale;

/** Policy variable syntax: ${key}, ${key, 'default'}, and the special ${*}, ${?}, ${$}. */
final class VariableChecks {
    private VariableChecks() {
    }

    /** Checks every ${...} in a value of an element where variables are allowed. */
    static void check(String value, Position where, ActionCatalog catalog, List<Finding> out) {
        int from = 0;
        while (true) {
            int start = value.indexOf("${", from);
            if (start < 0) {
                return;
            }
            int end = value.indexOf('}', start);
            if (end < 0) {
                out.add(Finding.of(LintCode.MISSING_BRACE_IN_VARIABLE, where, "", value, value.substring(start), "}"));
                return;
            }
            String inner = value.substring(start + 2, end);
            from = end + 1;
            if (inner.isBlank()) {
                out.add(Finding.of(LintCode.EMPTY_VARIABLE, where, "", value, "${}"));
                continue;
            }
            if (inner.equals("*") || inner.equals("?") || inner.equals("$")) {
                continue;
            }
            String name = inner;
            int comma = inner.indexOf(',');
            if (comma >= 0) {
                name = inner.substring(0, comma);
                String fallback = inner.substring(comma + 1).trim();
                if (fallback.length() < 2 || !fallback.startsWith("'") || !fallback.endsWith("'")) {
                    out.add(Finding.of(LintCode.MISSING_QUOTE_IN_VARIABLE, where, "", "${" + inner + "}",
                            "${aws:username, 'anonymous'}"));
                    continue;
                }
            }
            if (name.contains(" ")) {
                out.add(Finding.of(LintCode.UNSUPPORTED_SPACE_IN_VARIABLE, where, "", "${" + inner + "}"));
                continue;
            }
            if (!known(name, catalog)) {
                out.add(Finding.of(LintCode.UNKNOWN_VARIABLE, where, "", "${" + name + "}",
                        Suggest.didYouMean(Suggest.closest(name.toLowerCase(Locale.ROOT), GlobalConditionKeys.names()))));
            }
        }
    }

    private static boolean known(String name, ActionCatalog catalog) {
        String lower = name.toLowerCase(Locale.ROOT);
        int colon = lower.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        String prefix = lower.substring(0, colon);
        if (prefix.contains(".") || prefix.equals("saml")) {
            return true;
        }
        return catalog.conditionKeyType(lower).isPresent();
    }
}
