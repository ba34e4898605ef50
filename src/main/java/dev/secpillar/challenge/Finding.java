package dev.secpillar.challenge;

import dev.secpillar.i18n.Messages;
import java.util.Locale;

/**
 * A lint finding about an answer (a wildcard action, a missing condition, a limit broken):
 * advice, shown on request; only findings that break a challenge's limits stop it passing.
 * The severity stays an English word (machine-readable output keeps it); a learner reads it
 * through {@link #located(Messages)}.
 */
public record Finding(String severity, int line, int column, String message) {
    public String located() {
        return (line > 0 ? line + ":" + column + ": " : "") + severity + ": " + message;
    }

    /** As {@link #located()}, the severity word in the learner's language. */
    public String located(Messages m) {
        return (line > 0 ? line + ":" + column + ": " : "") + severity(m) + ": " + message;
    }

    /** The severity in the learner's language; an unknown word is shown as it is. */
    public String severity(Messages m) {
        String key = "challenge.severity." + severity.toLowerCase(Locale.ROOT).replace(' ', '_');
        return m.has(key) ? m.get(key) : severity;
    }
}
