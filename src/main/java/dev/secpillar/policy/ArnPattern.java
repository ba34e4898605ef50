package dev.secpillar.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * A Resource / NotResource entry or an Arn* condition value. An ARN has six colon-separated
 * parts (arn:partition:service:region:account:resource); AWS matches each part on its own, so a
 * wildcard in the region cannot swallow the account, while in the last part {@code *} spans
 * {@code /} and {@code :}. Matching is case-sensitive. Text that is not a six-part ARN
 * (for example {@code *}) is matched as a whole.
 */
final class ArnPattern {
    private final String raw;
    private final Template[] parts;   // six parts, or one whole-text template
    private final Glob[] staticParts; // precompiled when there are no variables
    private final boolean hasVariables;
    private final boolean matchesNothing;

    private ArnPattern(String raw, Template[] parts, boolean matchesNothing) {
        this.raw = raw;
        this.parts = parts;
        this.matchesNothing = matchesNothing;
        boolean vars = false;
        for (Template t : parts) {
            vars |= t.hasVariables();
        }
        this.hasVariables = vars;
        if (vars) {
            staticParts = null;
        } else {
            staticParts = new Glob[parts.length];
            for (int i = 0; i < parts.length; i++) {
                staticParts[i] = parts[i].glob(null);
            }
        }
    }

    static ArnPattern compile(String raw, boolean variablesEnabled) {
        return compile(raw, variablesEnabled, false);
    }

    /**
     * For Arn* condition operators ({@code sixParts}): AWS compares the six parts, so a value
     * that is not a six-part ARN (other than a lone {@code *}) can match no ARN.
     */
    static ArnPattern compile(String raw, boolean variablesEnabled, boolean sixParts) {
        List<String> split = splitOutsideVariables(raw);
        Template[] parts;
        if (split.size() == 6) {
            parts = new Template[6];
            for (int i = 0; i < 6; i++) {
                parts[i] = Template.parse(split.get(i), variablesEnabled);
            }
        } else {
            parts = new Template[] {Template.parse(raw, variablesEnabled)};
        }
        boolean nothing = sixParts && split.size() != 6 && !raw.equals("*");
        return new ArnPattern(raw, parts, nothing);
    }

    /** Splits on the first five colons that are not inside ${...}. */
    static List<String> splitOutsideVariables(String raw) {
        List<String> out = new ArrayList<>(6);
        int depth = 0;
        int start = 0;
        for (int i = 0; i < raw.length() && out.size() < 5; i++) {
            char c = raw.charAt(i);
            if (c == '$' && i + 1 < raw.length() && raw.charAt(i + 1) == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (c == ':' && depth == 0) {
                out.add(raw.substring(start, i));
                start = i + 1;
            }
        }
        out.add(raw.substring(start));
        return out;
    }

    /** Splits a request value into its six ARN parts, or null when it is not an ARN. */
    static String[] arnParts(String value) {
        String[] parts = value.split(":", 6);
        return parts.length == 6 && parts[0].equals("arn") ? parts : null;
    }

    String raw() {
        return raw;
    }

    boolean hasVariables() {
        return hasVariables;
    }

    boolean isWildcardAll() {
        return parts.length == 1 && !hasVariables && staticParts[0].matchesEverything();
    }

    List<String> variableKeys() {
        List<String> keys = new ArrayList<>();
        for (Template t : parts) {
            keys.addAll(t.variableKeys());
        }
        return keys;
    }

    /** True when this pattern matches; unresolved variables make it match nothing. */
    boolean matches(String value, String[] valueParts, Request request) {
        if (matchesNothing) {
            return false;
        }
        if (parts.length == 1) {
            Glob g = hasVariables ? parts[0].glob(request) : staticParts[0];
            return g != null && g.matches(value);
        }
        if (valueParts == null) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            Glob g = hasVariables ? parts[i].glob(request) : staticParts[i];
            if (g == null || !g.matches(valueParts[i])) {
                return false;
            }
        }
        return true;
    }

    /** True when a variable in this pattern has no value in the request. */
    boolean unresolved(Request request) {
        if (!hasVariables) {
            return false;
        }
        for (Template t : parts) {
            if (t.glob(request) == null) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return raw;
    }
}
