package dev.secpillar.app.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * How many terminal columns text takes (a wcwidth): East Asian wide and fullwidth characters
 * and emoji take two, combining marks and format characters none, the rest one. Kept free of
 * any terminal library so the line-mode front end measures exactly as the full-screen one.
 */
public final class Columns {
    private Columns() {}

    // East Asian Width W and F ranges (Unicode 15), merged where neighbours allow; pairs of start, end.
    private static final int[] WIDE = {
        0x1100, 0x115F, 0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC, 0x23F0, 0x23F0, 0x23F3, 0x23F3,
        0x25FD, 0x25FE, 0x2614, 0x2615, 0x2648, 0x2653, 0x267F, 0x267F, 0x2693, 0x2693, 0x26A1, 0x26A1,
        0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5, 0x26CE, 0x26CE, 0x26D4, 0x26D4, 0x26EA, 0x26EA,
        0x26F2, 0x26F3, 0x26F5, 0x26F5, 0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B,
        0x2728, 0x2728, 0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797,
        0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55,
        0x2E80, 0x303E, 0x3041, 0x33FF, 0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0xA000, 0xA4CF, 0xA960, 0xA97F,
        0xAC00, 0xD7A3, 0xF900, 0xFAFF, 0xFE10, 0xFE19, 0xFE30, 0xFE6F, 0xFF00, 0xFF60, 0xFFE0, 0xFFE6,
        0x16FE0, 0x16FE4, 0x17000, 0x18CFF, 0x1B000, 0x1B2FF, 0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF,
        0x1F18E, 0x1F18E, 0x1F191, 0x1F19A, 0x1F200, 0x1F202, 0x1F210, 0x1F23B, 0x1F240, 0x1F248,
        0x1F250, 0x1F251, 0x1F260, 0x1F265, 0x1F300, 0x1F320, 0x1F32D, 0x1F335, 0x1F337, 0x1F37C,
        0x1F37E, 0x1F393, 0x1F3A0, 0x1F3CA, 0x1F3CF, 0x1F3D3, 0x1F3E0, 0x1F3F0, 0x1F3F4, 0x1F3F4,
        0x1F3F8, 0x1F43E, 0x1F440, 0x1F440, 0x1F442, 0x1F4FC, 0x1F4FF, 0x1F53D, 0x1F54B, 0x1F54E,
        0x1F550, 0x1F567, 0x1F57A, 0x1F57A, 0x1F595, 0x1F596, 0x1F5A4, 0x1F5A4, 0x1F5FB, 0x1F64F,
        0x1F680, 0x1F6C5, 0x1F6CC, 0x1F6CC, 0x1F6D0, 0x1F6D2, 0x1F6D5, 0x1F6D7, 0x1F6DC, 0x1F6DF,
        0x1F6EB, 0x1F6EC, 0x1F6F4, 0x1F6FC, 0x1F7E0, 0x1F7EB, 0x1F7F0, 0x1F7F0, 0x1F90C, 0x1F93A,
        0x1F93C, 0x1F945, 0x1F947, 0x1F9FF, 0x1FA70, 0x1FAFF, 0x20000, 0x2FFFD, 0x30000, 0x3FFFD,
    };

    /** Columns one code point takes: 0, 1 or 2. Control characters count 0 (they are never drawn raw). */
    public static int of(int codePoint) {
        if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint < 0xA0)) {
            return 0;
        }
        if (codePoint < 0x300) {
            return 1;
        }
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT || (codePoint >= 0x1160 && codePoint <= 0x11FF)) {
            return 0;
        }
        return isWide(codePoint) ? 2 : 1;
    }

    private static boolean isWide(int cp) {
        if (cp < WIDE[0]) {
            return false;
        }
        int lo = 0;
        int hi = WIDE.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < WIDE[2 * mid]) {
                hi = mid - 1;
            } else if (cp > WIDE[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** Columns a string takes. */
    public static int width(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += of(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /**
     * The string split into user-perceived characters (a base and its combining marks stay
     * together), so cutting never separates an accent from its letter.
     */
    public static List<String> clusters(String text) {
        List<String> out = new ArrayList<>(text.length());
        if (simple(text)) {
            for (int i = 0; i < text.length(); i++) {
                out.add(String.valueOf(text.charAt(i)));
            }
            return out;
        }
        BreakIterator it = BreakIterator.getCharacterInstance();
        it.setText(text);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            out.add(text.substring(start, end));
        }
        return out;
    }

    /** True when every char is its own cluster (no marks, joiners or surrogates): most text. */
    private static boolean simple(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Latin, punctuation, arrows, box drawing and symbols are single clusters; leave out
            // the zero-width joiners, bidi marks and combining marks for symbols among them.
            boolean plain = c < 0x300 || c >= 0x2010 && c <= 0x2027 || c >= 0x2030 && c <= 0x205F
                    || c >= 0x2070 && c <= 0x20CF || c >= 0x2100 && c <= 0x2BFF;
            if (!plain) {
                return false;
            }
            if (c == '\r') {
                return false; // CR LF is one cluster
            }
        }
        return true;
    }

    /** The longest prefix of whole clusters that fits in {@code columns}. */
    public static String fit(String text, int columns) {
        StringBuilder sb = new StringBuilder();
        int w = 0;
        for (String c : clusters(text)) {
            int cw = width(c);
            if (w + cw > columns) {
                break;
            }
            sb.append(c);
            w += cw;
        }
        return sb.toString();
    }

    /** The text cut to {@code columns}, ending in "…" when something was cut. */
    public static String truncate(String text, int columns) {
        if (width(text) <= columns) {
            return text;
        }
        if (columns <= 0) {
            return "";
        }
        return fit(text, columns - 1) + "…";
    }

    /** The text padded with spaces to {@code columns} (cut first if longer). */
    public static String pad(String text, int columns) {
        String t = width(text) > columns ? fit(text, columns) : text;
        return t + " ".repeat(Math.max(0, columns - width(t)));
    }
}
