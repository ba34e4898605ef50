package dev.secpillar.serve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The SSH user name is the learner's name in the class. It is stored, shown to the instructor and
 * printed in reports, so only names that are plainly names are let in: letters (any script),
 * digits, dot, dash and underscore, starting with a letter or digit, at most 32 characters.
 * Names are case-insensitive ({@code Ana} and {@code ana} are one learner) and kept in NFC.
 * Anything else (control characters, quotes, spaces, SQL) is refused before it reaches the
 * database or a screen.
 */
public final class LearnerName {
    public static final int MAX_LENGTH = 32;
    public static final String RULE = "letters, digits, '.', '-' and '_', starting with a letter or digit, at most "
            + MAX_LENGTH + " characters";

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}._-]*");

    private LearnerName() {}

    /** The name as the class knows it, or empty when it cannot be a learner's name. */
    public static Optional<String> canonical(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > 4 * MAX_LENGTH) {
            return Optional.empty();
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        if (name.codePointCount(0, name.length()) > MAX_LENGTH || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return Optional.of(name);
    }
}
