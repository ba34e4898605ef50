package dev.secpillar.policy;

import java.util.Arrays;

/**
 * A compiled IAM wildcard pattern: {@code *} matches any run of characters (including
 * {@code /} and {@code :}), {@code ?} exactly one. Characters that came from policy variables
 * or from {@code ${*}} / {@code ${?}} are literal. Built once; matching allocates nothing.
 */
final class Glob {
    private static final byte LITERAL = 0;
    private static final byte STAR = 1;
    private static final byte ONE = 2;

    private enum Shape { EXACT, PREFIX, ANY, GENERAL }

    private final char[] chars;
    private final byte[] kinds;
    private final Shape shape;
    private final String literal;   // for EXACT: the whole text; for PREFIX: the part before '*'
    private final String text;      // as written, for messages

    private Glob(char[] chars, byte[] kinds, String text) {
        this.chars = chars;
        this.kinds = kinds;
        this.text = text;
        int stars = 0;
        int ones = 0;
        for (byte k : kinds) {
            if (k == STAR) {
                stars++;
            } else if (k == ONE) {
                ones++;
            }
        }
        if (stars == 0 && ones == 0) {
            shape = Shape.EXACT;
            literal = new String(chars);
        } else if (ones == 0 && stars == kinds.length) {
            shape = Shape.ANY;
            literal = "";
        } else if (ones == 0 && stars == 1 && kinds[kinds.length - 1] == STAR) {
            shape = Shape.PREFIX;
            literal = new String(chars, 0, chars.length - 1);
        } else {
            shape = Shape.GENERAL;
            literal = null;
        }
    }

    /** A pattern where every {@code *} and {@code ?} is a wildcard. */
    static Glob of(String pattern) {
        return new Builder().wild(pattern).build(pattern);
    }

    /** A pattern that matches exactly this text (no wildcards). */
    static Glob literal(String text) {
        return new Builder().literal(text).build(text);
    }

    boolean hasWildcards() {
        return shape != Shape.EXACT;
    }

    boolean matchesEverything() {
        return shape == Shape.ANY;
    }

    String text() {
        return text;
    }

    boolean matches(String s) {
        switch (shape) {
            case EXACT:
                return literal.equals(s);
            case ANY:
                return true;
            case PREFIX:
                return s.startsWith(literal);
            default:
                return matchGeneral(s);
        }
    }

    /** Classic linear wildcard match with one backtrack point (the last star seen). */
    private boolean matchGeneral(String s) {
        int si = 0;
        int pi = 0;
        int starPi = -1;
        int starSi = 0;
        int n = s.length();
        int m = chars.length;
        while (si < n) {
            if (pi < m && kinds[pi] == ONE) {
                si++;
                pi++;
            } else if (pi < m && kinds[pi] == LITERAL && chars[pi] == s.charAt(si)) {
                si++;
                pi++;
            } else if (pi < m && kinds[pi] == STAR) {
                starPi = pi++;
                starSi = si;
            } else if (starPi >= 0) {
                pi = starPi + 1;
                si = ++starSi;
            } else {
                return false;
            }
        }
        while (pi < m && kinds[pi] == STAR) {
            pi++;
        }
        return pi == m;
    }

    @Override
    public String toString() {
        return text;
    }

    /** Assembles a pattern from wildcard text and literal pieces (resolved variables). */
    static final class Builder {
        private char[] chars = new char[32];
        private byte[] kinds = new byte[32];
        private int size;

        private void add(char c, byte kind) {
            if (size == chars.length) {
                chars = Arrays.copyOf(chars, size * 2);
                kinds = Arrays.copyOf(kinds, size * 2);
            }
            chars[size] = c;
            kinds[size++] = kind;
        }

        Builder wild(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                add(c, c == '*' ? STAR : c == '?' ? ONE : LITERAL);
            }
            return this;
        }

        Builder literal(String text) {
            for (int i = 0; i < text.length(); i++) {
                add(text.charAt(i), LITERAL);
            }
            return this;
        }

        Glob build(String displayText) {
            return new Glob(Arrays.copyOf(chars, size), Arrays.copyOf(kinds, size), displayText);
        }
    }
}
