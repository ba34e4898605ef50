package dev.secpillar.badge;

import dev.secpillar.record.ProgressSnapshot;
import dev.secpillar.record.QuizAttempt;
import java.util.Optional;

/** Quiz results as criteria read them: only a finished sitting that passed counts. */
final class Scores {
    private Scores() {}

    /** The best score of a passed sitting of the quiz, if any. */
    static Optional<Integer> bestPassed(ProgressSnapshot progress, String quizId) {
        return progress.attempts(quizId).stream()
                .filter(QuizAttempt::passed)
                .flatMap(a -> a.scorePercent().stream())
                .max(Integer::compare);
    }

    /** Passed, and at {@code minScore} percent or more (0: any pass). */
    static boolean meets(ProgressSnapshot progress, String quizId, int minScore) {
        return bestPassed(progress, quizId).filter(s -> s >= minScore).isPresent();
    }
}
