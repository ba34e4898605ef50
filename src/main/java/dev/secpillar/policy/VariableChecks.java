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
                out.add(at(LintCode.MISSING_BRACE_IN_VARIABLE, "\"" + value + "\": the policy variable at \""
                        + value.substring(start) + "\" has no closing }", where));
                return;
            }
            String inner = value.substring(start + 2, end);
            from = end + 1;
            if (inner.isBlank()) {
                out.add(at(LintCode.EMPTY_VARIABLE, "\"" + value + "\" has an empty policy variable ${}", where));
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
                    out.add(at(LintCode.MISSING_QUOTE_IN_VARIABLE, "the default value in ${" + inner
                            + "} must be in single quotes, as in ${aws:username, 'anonymous'}", where));
                    continue;
                }
            }
            if (name.contains(" ")) {
                out.add(at(LintCode.UNSUPPORTED_SPACE_IN_VARIABLE, "${" + inner + "} has a space in the variable name",
                        where));
                continue;
            }
            if (!known(name, catalog)) {
                out.add(at(LintCode.UNKNOWN_VARIABLE, "${" + name + "} names no request context key, so it is never"
                        + " replaced" + Suggest.didYouMean(name.toLowerCase(Locale.ROOT), GlobalConditionKeys.names()), where));
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

    private static Finding at(LintCode code, String message, Position p) {
        return Finding.at(code.name(), code.severity(), message, p);
    }
}
