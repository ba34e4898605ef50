package dev.secpillar.record;

import java.time.Instant;
import java.util.Optional;

/**
 * What the learner did on one challenge: checks run, hints shown, whether they gave up and when
 * they first passed. {@code passedClean} means passed with no hint shown and no give-up before it.
 */
public record ChallengeRecord(String challengeId, int checks, int hintsUsed, boolean gaveUp,
                              Optional<Instant> passedAt, boolean passedClean) {
    public boolean passed() {
        return passedAt.isPresent();
    }
}
