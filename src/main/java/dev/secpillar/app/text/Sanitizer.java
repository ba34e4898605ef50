package dev.secpillar.app.text;

import java.text.Normalizer;

/**
 * Makes text safe to put on a terminal. Course content is data written by anyone; an escape
 * sequence in it could move the cursor, recolour the screen, retitle the window or, on some
 * terminals, answer back into the input. So no control character ever leaves here raw:
 * C0 controls become caret notation (ESC is {@code ^[}), DEL is {@code ^?}, and C1 controls,
 * bidirectional overrides (which can make text read differently from what it is, "Trojan
 * Source") and broken surrogates become U+FFFD. Line feeds and tabs are kept for the markup
 * parser; carriage returns become line feeds. Text is NFC-normalized so accents compose.
 */
public final class Sanitizer {
    public static final char REPLACEMENT = '\uFFFD';

    private Sanitizer() {}

    /** Text for a page or code block: keeps line feeds and tabs. */
    public static String clean(String text) {
        return clean(text, true);
    }

    /** Text for one line (a title, a choice): line feeds and tabs become spaces. */
    public static String cleanLine(String text) {
        return clean(text, false);
    }

    private static String clean(String raw, boolean keepLines) {
        String text = raw.replace("\r\n", "\n");
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            text = Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            String replacement = replacement(cp, keepLines);
            if (replacement != null && sb == null) {
                sb = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (sb != null) {
                if (replacement != null) {
                    sb.append(replacement);
                } else {
                    sb.appendCodePoint(cp);
                }
            }
            i += n;
        }
        return sb == null ? text : sb.toString();
    }

    /**
     * What to put instead of the code point on a terminal, or null to keep it (line feeds and
     * tabs kept); for writers that filter a stream as it goes by.
     */
    public static String replacementFor(int cp) {
        return cp == '\r' ? "^M" : replacement(cp, true);
    }

    /** At most {@code max} characters of text quoted from input, its end cut with an ellipsis. */
    public static String cap(String text, int max) {
        return cap(text, max, dev.secpillar.i18n.Messages.of(dev.secpillar.i18n.Language.EN));
    }

    public static String cap(String text, int max, dev.secpillar.i18n.Messages m) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + m.get("app.text.more_characters", String.valueOf(text.length() - end));
    }

    /** What to put instead of the code point, or null to keep it. */
    private static String replacement(int cp, boolean keepLines) {
        if (cp == '\n' || cp == '\t') {
            return keepLines ? null : " ";
        }
        if (cp == '\r') {
            return keepLines ? "\n" : " ";
        }
        if (cp < 0x20) {
            return "^" + (char) (cp + '@');
        }
        if (cp == 0x7F) {
            return "^?";
        }
        if (cp < 0x7F) {
            return null;
        }
        if (cp < 0xA0 // C1, including CSI (0x9B) which some terminals obey
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) // bidi embeddings, isolates
                || (cp >= 0xFFF9 && cp <= 0xFFFB) // interlinear annotations
                || cp <= 0xFFFF && Character.isSurrogate((char) cp)) { // a lone surrogate
            return String.valueOf(REPLACEMENT);
        }
        if (cp == 0x2028 || cp == 0x2029) { // line and paragraph separators
            return keepLines ? "\n" : " ";
        }
        return null;
    }
}
