package dev.secpillar.record;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The learner's record. Every write is one transaction, so a crash loses at most the answer
 * being typed. Each write also asks the {@link AwardRule} which badges the new record earns and
 * awards them in the same transaction, exactly once; the method returns the badges newly awarded.
 * Implementation: {@code dev.secpillar.progress.JdbcProgressStore} (SQLite by default) and the PostgreSQL class database.
 */
public interface ProgressStore extends AutoCloseable {

    /** Everything recorded so far. */
    ProgressSnapshot snapshot();

    /** Sets the rule that decides badges; the default awards none. */
    void setAwardRule(AwardRule rule);

    /** The learner has seen step {@code step} (0-based) of a lesson. */
    List<String> recordStep(String lessonId, int step, Instant at);

    /** The learner answered an inline check. */
    List<String> recordCheckAnswer(String lessonId, int step, int choice, boolean right, Instant at);

    /** The learner finished the lesson's last step. Recording it twice keeps the first time. */
    List<String> recordLessonDone(String lessonId, Instant at);

    /**
     * A quiz sitting begins with its questions in this order (kept so the sitting can be resumed
     * even after the quiz gains questions); returns its id.
     */
    long startQuizAttempt(String quizId, long seed, List<String> questionOrder, Instant at);

    /** A quiz sitting begins, its order not kept. */
    default long startQuizAttempt(String quizId, long seed, Instant at) {
        return startQuizAttempt(quizId, seed, List.of(), at);
    }

    /**
     * One answer of a sitting, with the review card it creates or reschedules (if any), in one
     * transaction.
     */
    List<String> recordQuizAnswer(long attemptId, String questionId, String response, boolean correct, Instant at,
                                  Optional<ReviewCard> card);

    /** The sitting is over. */
    List<String> finishQuizAttempt(long attemptId, int scorePercent, boolean passed, Instant at);

    /** A review of a card outside a quiz (the review session). */
    List<String> recordReview(ReviewCard card, boolean correct, Instant at);

    /** Something happened in a challenge workspace. */
    List<String> recordChallengeEvent(String challengeId, ChallengeEvent event, Instant at);

    /** Re-evaluates badges without a new event (after content gains a badge, say). */
    List<String> awardEarned(Instant at);

    /** One of the learner's settings (for example "language"), if they saved it. */
    Optional<String> setting(String name);

    /** Saves a setting in one transaction; a reset of the record keeps it (it is a preference, not progress). */
    void saveSetting(String name, String value, Instant at);

    /** Forget everything. */
    void reset();

    /**
     * Writes accepted but not in the database yet: held while the database cannot be reached and
     * saved, in order, once it answers. Zero for a store that writes at once (a failed write throws).
     */
    default int unsavedWrites() {
        return 0;
    }

    /** Where the record is kept, for messages. */
    String location();

    @Override
    void close();
}
