package dev.secpillar.progress;

import dev.secpillar.record.ProgressSnapshot;
import dev.secpillar.record.ProgressStore;
import dev.secpillar.record.ProgressException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database that goes down mid-session: the learner is told, and nothing is lost or doubled. */
class RetryingProgressStoreTest {
    static final Instant T = Instant.parse("2026-11-28T10:00:00Z");

    @TempDir
    Path dir;

    ConnectionSource real;
    FlakySource flaky;
    final List<Runnable> timer = new ArrayList<>();
    final List<Duration> waits = new ArrayList<>();
    final List<String> log = new ArrayList<>();
    RetryingProgressStore store;

    @BeforeEach
    void open() throws SQLException {
        real = JdbcProgressStore.sqlite(dir.resolve("class.db"));
        JdbcProgressStore.migrate(real);
        flaky = new FlakySource(real);
        store = new RetryingProgressStore(JdbcProgressStore.forLearner(flaky, "ana"), (d, task) -> {
            waits.add(d);
            timer.add(task);
        }, log::add);
    }

    @AfterEach
    void close() {
        real.close();
    }

    /** Runs what the timer holds, as its thread would when the delay is over. */
    void tick() {
        List<Runnable> due = new ArrayList<>(timer);
        timer.clear();
        due.forEach(Runnable::run);
    }

    @Test
    void whileTheDatabaseIsDownTheLearnerCarriesOnAndTheAnswersWaitInOrder() {
        store.recordStep("l1", 0, T);
        store.snapshot(); // as the course does after every write
        flaky.goDown();
        // the writes are accepted (no badge yet) and wait: the learner is not stopped
        assertThat(store.recordCheckAnswer("l1", 1, 2, true, T.plusSeconds(1))).isEmpty();
        assertThat(store.unsavedWrites()).isEqualTo(1);
        assertThat(log).anySatisfy(l -> assertThat(l).startsWith("progress not saved, retrying").contains("refused"));
        assertThat(store.recordLessonDone("l1", T.plusSeconds(2))).isEmpty();
        assertThat(store.waiting()).isEqualTo(2);
        // the screen can still be drawn from the last record read
        assertThat(store.snapshot().stepsSeen("l1")).containsExactly(0);

        tick(); // still down: the wait grows
        assertThat(store.waiting()).isEqualTo(2);
        assertThat(waits).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));

        flaky.comeBack();
        tick();
        assertThat(store.unsavedWrites()).isZero();
        ProgressSnapshot s = store.snapshot();
        assertThat(s.isDone("l1")).isTrue();
        assertThat(s.lessonsDone()).containsEntry("l1", T.plusSeconds(2));
        assertThat(log).contains("the queued progress was saved once the database answered again");
        // the next write goes straight through again
        assertThat(store.recordStep("l2", 0, T.plusSeconds(3))).isEmpty();
        assertThat(store.snapshot().lastLessonId()).contains("l2");
    }

    @Test
    void eachQueuedAnswerIsSavedExactlyOnceEvenWhenTheLearnerAnswersAgain() throws SQLException {
        long attempt = store.startQuizAttempt("iam", 7, T);
        flaky.goDown();
        for (int i = 0; i < 5; i++) {
            store.recordCheckAnswer("l1", i, 0, true, T);
            // pressed again while waiting, as a learner does: the same answer, the same key
            store.recordCheckAnswer("l1", i, 0, true, T);
            store.recordQuizAnswer(attempt, "q" + i, "1", true, T.plusSeconds(i), java.util.Optional.empty());
            store.recordQuizAnswer(attempt, "q" + i, "1", true, T.plusSeconds(i), java.util.Optional.empty());
        }
        flaky.comeBack();
        tick();
        tick();
        assertThat(flaky.count("SELECT COUNT(*) FROM check_answer WHERE learner = 'ana'")).isEqualTo(5);
        assertThat(flaky.count("SELECT COUNT(*) FROM quiz_answer WHERE attempt_id = " + attempt)).isEqualTo(5);
        assertThat(flaky.count("SELECT COUNT(*) FROM activity WHERE learner = 'ana' AND kind = 'quiz_answer'")).isEqualTo(5);
    }

    @Test
    void aWriteRetriedAfterItsCommitReachedTheDatabaseIsStoredOnce() throws SQLException {
        // The commit succeeds, then the reply is lost: the store sees a failure and retries.
        JdbcProgressStore direct = JdbcProgressStore.forLearner(real, "bo");
        long attempt = direct.startQuizAttempt("iam", 1, T);
        for (int i = 0; i < 3; i++) {
            direct.recordQuizAnswer(attempt, "q1", "2", false, T, java.util.Optional.empty());
            direct.recordCheckAnswer("l1", 2, 1, false, T.plusSeconds(i));
        }
        assertThat(flaky.count("SELECT COUNT(*) FROM quiz_answer WHERE attempt_id = " + attempt)).isEqualTo(1);
        assertThat(flaky.count("SELECT COUNT(*) FROM check_answer WHERE learner = 'bo'")).isEqualTo(1);
    }

    @Test
    void theWaitBetweenRetriesIsCapped() {
        flaky.goDown();
        store.recordStep("l1", 0, T);
        for (int i = 0; i < 12; i++) {
            tick();
        }
        assertThat(waits.get(waits.size() - 1)).isEqualTo(RetryingProgressStore.LONGEST_WAIT);
    }

    @Test
    void aQuizCannotStartWhileAnswersWait() {
        flaky.goDown();
        store.recordStep("l1", 0, T);
        flaky.comeBack();
        assertThatThrownBy(() -> store.startQuizAttempt("iam", 1, T))
                .hasMessageContaining("the quiz can start once the database answers again");
    }

    @Test
    void aRefusalThatRetryingCannotCureIsNotQueued() {
        ProgressStore refusing = new RetryingProgressStore(new FailingStore(), (d, t) -> timer.add(t), log::add);
        assertThatThrownBy(() -> refusing.recordStep("l1", 0, T)).hasMessage("disk full");
        assertThat(timer).isEmpty();
    }

    /** A store whose every write is refused for good. */
    private static final class FailingStore extends ForwardingStore {
        @Override
        public List<String> recordStep(String lessonId, int step, Instant at) {
            throw new ProgressException("disk full", new SQLException("disk full", "53100"));
        }
    }
}
