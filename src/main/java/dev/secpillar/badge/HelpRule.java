package dev.secpillar.badge;

import dev.secpillar.record.ChallengeRecord;
import java.util.Optional;

/**
 * How much help a passed challenge may have had. "Without hints" uses the record's
 * {@code passedClean}: no hint shown and no give-up before the first pass, because giving up
 * shows the solution, which is more help than any hint. "Without giving up" allows hints.
 */
record HelpRule(boolean noHints, boolean noGiveUp) {
    static final HelpRule ANY = new HelpRule(false, false);

    boolean accepts(Optional<ChallengeRecord> record) {
        if (record.isEmpty() || !record.get().passed()) {
            return false;
        }
        ChallengeRecord r = record.get();
        if (noHints && !r.passedClean()) {
            return false;
        }
        return !noGiveUp || r.passedClean() || !r.gaveUp();
    }

    /** Appended to a description: "", " with clean passes (no hints, no give-up)" or " without giving up". */
    String phrase(Facts facts) {
        if (noHints) {
            return facts.say("badge.help.no_hints");
        }
        return noGiveUp ? facts.say("badge.help.no_give_up") : "";
    }

    String describe(ChallengeRecord r, Facts facts) {
        if (r.passedClean()) {
            return facts.say("badge.evidence.challenge.clean", Words.day(r.passedAt().orElseThrow()));
        }
        return facts.say(r.gaveUp() ? "badge.evidence.challenge.gave_up" : "badge.evidence.challenge.helped",
                r.passedAt().map(Words::day).orElse(""), r.hintsUsed());
    }
}
