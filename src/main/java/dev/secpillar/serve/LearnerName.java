package dev.secpillar.serve;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The SSH user name is the learner's name in the class. It is stored, shown to the instructor and
 * printed in reports, so only names that are plainly names are let in: ASCII letters, digits,
 * dot, dash and underscore, starting with a letter or digit, at most 32 characters. Names are
 * case-insensitive ({@code Ana} and {@code ana} are one learner). ASCII only, on purpose: two
 * names that look alike on the instructor's screen ({@code ana} and a Cyrillic {@code аna}, a
 * fullwidth {@code ａｎａ}, a name padded with an invisible Hangul filler or a pile of combining
 * marks) would let one learner pass for another. Anything else (control characters, quotes,
 * spaces, SQL) is refused before it reaches the database or a screen.
 */
public final class LearnerName {
    public static final int MAX_LENGTH = 32;
    /** What a name may be, in the reader's words ("ASCII letters, digits, ..."). */
    public static String rule(dev.secpillar.i18n.Messages m) {
        return m.get("serve.name.rule", MAX_LENGTH);
    }

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (MAX_LENGTH - 1) + "}");

    private LearnerName() {}

    /** The name as the class knows it, or empty when it cannot be a learner's name. */
    public static Optional<String> canonical(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        // Matched before lower-casing: Unicode case mapping turns the Kelvin sign into a plain k.
        return NAME.matcher(raw).matches() ? Optional.of(raw.toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
