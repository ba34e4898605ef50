package dev.secpillar.policy;

import dev.secpillar.i18n.Messages;
import java.util.Locale;

/** How serious a lint finding is, in IAM Access Analyzer's four levels, most serious first. */
public enum Severity {
    /** The policy will not work as written (or AWS rejects it). */
    ERROR,
    /** The policy grants more than it probably should. */
    SECURITY_WARNING,
    /** Likely a mistake or a deprecated form. */
    WARNING,
    /** Tidier, equivalent ways to write it. */
    SUGGESTION;

    /** `lint` fails (exit 1) on these. */
    public boolean failsLint() {
        return this == ERROR || this == SECURITY_WARNING;
    }

    /** The English word ("security warning"), as lint's text output has always printed it. */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The word in the learner's language (bundle key lint.severity.NAME). */
    public String word(Messages m) {
        return m.get("lint.severity." + name().toLowerCase(Locale.ROOT));
    }
}
