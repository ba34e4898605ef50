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
     * even after the quiz gains questions); returns its id. The sitting key is the write's
     * idempotency key, made by the caller: starting again with the same key (a retry after a
     * commit whose reply was lost) returns the sitting already stored instead of a second one.
     */
    long startQuizAttempt(String sittingKey, String quizId, long seed, List<String> questionOrder, Instant at);

    /** A quiz sitting begins under a new key. */
    default long startQuizAttempt(String quizId, long seed, List<String> questionOrder, Instant at) {
        return startQuizAttempt(newKey(), quizId, seed, questionOrder, at);
    }

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

    /**
     * Something happened in a challenge workspace. The event key is the write's idempotency key,
     * made by the caller: the same key recorded twice (a retry) stores one event, while two
     * events with different keys are two, even at the same instant.
     */
    List<String> recordChallengeEvent(String eventKey, String challengeId, ChallengeEvent event, Instant at);

    /** Something happened in a challenge workspace, under a new key. */
    default List<String> recordChallengeEvent(String challengeId, ChallengeEvent event, Instant at) {
        return recordChallengeEvent(newKey(), challengeId, event, at);
    }

    /** A new idempotency key: random, so keys made by different processes and servers never meet. */
    static String newKey() {
        return java.util.UUID.randomUUID().toString();
    }

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
