package dev.secpillar.app;

import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.Messages;
import java.time.Instant;

/**
 * One kept version of a draft, like an Exercism iteration: its number (1 is the oldest ever
 * kept), when it was kept, how it scored then, and its text.
 *
 * @param passing the cases that passed; with {@code cases}, -1 when the answer did not read
 */
public record DraftVersion(int number, Instant savedAt, int passing, int cases, boolean passed, String text) {
    /** "6/8", "passed" or "does not read", as the history lists it. */
    public String score() {
        return score(Messages.of(Language.EN));
    }

    public String score(Messages m) {
        if (cases < 0) {
            return m.get("app.draft.does_not_read");
        }
        return passed ? m.get("app.draft.passed_score", passing, cases) : passing + "/" + cases;
    }
}
