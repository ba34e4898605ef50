package dev.secpillar.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A policy string that may hold policy variables such as {@code ${aws:username}},
 * {@code ${aws:PrincipalTag/team, 'none'}}, or the escapes {@code ${*}}, {@code ${?}}, {@code ${$}}.
 *
 * <p>AWS only substitutes variables in policies whose Version is 2012-10-17; under 2008-10-17 or
 * with no Version the text is taken literally (so {@code ${aws:username}} is just those
 * characters). A substituted value, and an escaped character, never acts as a wildcard.
 */
final class Template {
    // ${key} or ${key, 'default'}; keys are service:name with an optional /suffix (tags, SAML, OIDC)
    private static final Pattern VARIABLE = Pattern.compile("\\s*([A-Za-z0-9_.\\-]+:[A-Za-z0-9_.:/\\-]+)\\s*(?:,\\s*'([^']*)'\\s*)?");

    /** One piece of the text: literal wildcard text, a literal character, or a variable. */
    private record Piece(String text, boolean wild, String variableKey, String defaultValue) {}

    private final String raw;
    private final List<Piece> pieces;
    private final boolean hasVariables;
    private final Glob staticGlob;      // when there are no variables
    private final String staticString;  // when there are no variables: the text with escapes resolved

    private Template(String raw, List<Piece> pieces) {
        this.raw = raw;
        this.pieces = pieces;
        boolean vars = false;
        for (Piece p : pieces) {
            vars |= p.variableKey != null;
        }
        this.hasVariables = vars;
        this.staticGlob = vars ? null : toGlob(null);
        this.staticString = vars ? null : toText(null);
    }

    static Template parse(String raw, boolean variablesEnabled) {
        List<Piece> pieces = new ArrayList<>();
        if (!variablesEnabled || !raw.contains("${")) {
            pieces.add(new Piece(raw, true, null, null));
            return new Template(raw, pieces);
        }
        int i = 0;
        StringBuilder wild = new StringBuilder();
        while (i < raw.length()) {
            int start = raw.indexOf("${", i);
            int end = start < 0 ? -1 : raw.indexOf('}', start + 2);
            if (start < 0 || end < 0) {
                wild.append(raw, i, raw.length());
                break;
            }
            wild.append(raw, i, start);
            String inner = raw.substring(start + 2, end);
            Piece piece = variable(inner);
            if (piece == null) {
                // Not a variable AWS recognises: the characters stay as written.
                wild.append(raw, start, end + 1);
            } else {
                if (wild.length() > 0) {
                    pieces.add(new Piece(wild.toString(), true, null, null));
                    wild.setLength(0);
                }
                pieces.add(piece);
            }
            i = end + 1;
        }
        if (wild.length() > 0 || pieces.isEmpty()) {
            pieces.add(new Piece(wild.toString(), true, null, null));
        }
        return new Template(raw, pieces);
    }

    private static Piece variable(String inner) {
        if (inner.equals("*") || inner.equals("?") || inner.equals("$")) {
            return new Piece(inner, false, null, null);   // escaped: a literal character
        }
        Matcher m = VARIABLE.matcher(inner);
        if (!m.matches()) {
            return null;
        }
        return new Piece(null, false, m.group(1).toLowerCase(Locale.ROOT), m.group(2));
    }

    String raw() {
        return raw;
    }

    boolean hasVariables() {
        return hasVariables;
    }

    /** Variable keys used (lower-cased), for lint. */
    List<String> variableKeys() {
        List<String> keys = new ArrayList<>();
        for (Piece p : pieces) {
            if (p.variableKey != null) {
                keys.add(p.variableKey);
            }
        }
        return keys;
    }

    /** The text as a wildcard pattern, or null when a variable has no value and no default. */
    Glob glob(Request request) {
        return hasVariables ? toGlob(request) : staticGlob;
    }

    /** The text with variables substituted (wildcard characters kept as characters), or null if unresolved. */
    String text(Request request) {
        return hasVariables ? toText(request) : staticString;
    }

    private Glob toGlob(Request request) {
        Glob.Builder b = new Glob.Builder();
        for (Piece p : pieces) {
            if (p.variableKey == null) {
                if (p.wild) {
                    b.wild(p.text);
                } else {
                    b.literal(p.text);
                }
            } else {
                String value = resolve(p, request);
                if (value == null) {
                    return null;
                }
                b.literal(value);
            }
        }
        return b.build(raw);
    }

    private String toText(Request request) {
        StringBuilder sb = new StringBuilder();
        for (Piece p : pieces) {
            if (p.variableKey == null) {
                sb.append(p.text);
            } else {
                String value = resolve(p, request);
                if (value == null) {
                    return null;
                }
                sb.append(value);
            }
        }
        return sb.toString();
    }

    private static String resolve(Piece p, Request request) {
        String value = request == null ? null : request.variable(p.variableKey);
        return value != null ? value : p.defaultValue;
    }

    @Override
    public String toString() {
        return raw;
    }
}
