package dev.secpillar.progress;

import java.time.Instant;

/**
 * The learner's record. Every write is one transaction, so a crash loses at most the answer
 * being typed. Implementations: {@link JdbcProgressStore} (SQLite by default).
 */
public interface ProgressStore extends AutoCloseable {

    /** Everything recorded so far; small enough to read whole. */
    ProgressSnapshot snapshot();

    /** The learner has seen step {@code step} (0-based) of a lesson. */
    void recordStep(String lessonId, int step, Instant at);

    /** The learner answered an inline check; recorded with the step. */
    void recordCheckAnswer(String lessonId, int step, int choice, boolean right, Instant at);

    /** The learner finished the lesson's last step. Recording it twice keeps the first time. */
    void recordLessonDone(String lessonId, Instant at);

    /** Forget everything. */
    void reset();

    /** Where the record is kept, for messages. */
    String location();

    @Override
    void close();
}
