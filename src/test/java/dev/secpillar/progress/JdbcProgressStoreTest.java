package dev.secpillar.progress;

import dev.secpillar.record.ChallengeEvent;
import dev.secpillar.record.ProgressSnapshot;
import dev.secpillar.record.QuizAttempt;
import dev.secpillar.record.ReviewCard;
import dev.secpillar.record.ProgressException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcProgressStoreTest {
    @TempDir
    Path dir;

    private static final Instant T = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void recordsSurviveReopening() {
        try (var store = JdbcProgressStore.openSqlite(dir)) {
            store.recordStep("l1", 0, T);
            store.recordStep("l1", 1, T);
            store.recordLessonDone("l1", T);
            store.recordStep("l2", 0, T.plusSeconds(5));
        }
        try (var store = JdbcProgressStore.openSqlite(dir)) {
            ProgressSnapshot s = store.snapshot();
            assertThat(s.stepsSeen("l1")).containsExactlyInAnyOrder(0, 1);
            assertThat(s.isDone("l1")).isTrue();
            assertThat(s.lessonsDone().get("l1")).isEqualTo(T);
            assertThat(s.lastLessonId()).contains("l2");
        }
    }

    @Test
    void doneTwiceKeepsTheFirstTime() {
        try (var store = JdbcProgressStore.openSqlite(dir)) {
            store.recordLessonDone("l1", T);
            store.recordLessonDone("l1", T.plusSeconds(60));
            assertThat(store.snapshot().lessonsDone()).containsEntry("l1", T);
        }
    }

    @Test
    void resetForgetsEverything() {
        try (var store = JdbcProgressStore.openSqlite(dir)) {
            store.recordStep("l1", 0, T);
            store.recordCheckAnswer("l1", 1, 2, false, T);
            store.reset();
            assertThat(store.snapshot()).isEqualTo(ProgressSnapshot.EMPTY);
        }
    }

    @Test
    void corruptFileIsReportedByNameAndKept() throws Exception {
        Path db = dir.resolve("progress.db");
        byte[] garbage = "this is not a database at all, just some text that a crash left behind".repeat(100).getBytes();
        Files.write(db, garbage);
        assertThatThrownBy(() -> JdbcProgressStore.openSqlite(dir))
                .isInstanceOf(ProgressException.class)
                .hasMessageContaining(db.toString())
                .hasMessageContaining("not a database or is corrupt")
                .hasMessageContaining("left untouched");
        assertThat(Files.readAllBytes(db)).isEqualTo(garbage);
    }

    @Test
    void schemaVersionIsRecordedAndMigrationIsIdempotent() throws Exception {
        JdbcProgressStore.openSqlite(dir).close();
        JdbcProgressStore.openSqlite(dir).close();
        SchemaVersion.assertLatest("jdbc:sqlite:" + dir.resolve("progress.db"));
    }

    @Test
    void newerSchemaIsRefusedNotDowngraded() throws Exception {
        JdbcProgressStore.openSqlite(dir).close();
        SchemaVersion.makeNewer("jdbc:sqlite:" + dir.resolve("progress.db"));
        assertThatThrownBy(() -> JdbcProgressStore.openSqlite(dir))
                .hasMessageContaining("newer secpillar");
    }

    @Test
    void dataDirectoryFollowsOverrideThenEnvironment() {
        assertThat(DataDirectory.resolve(Optional.of(Path.of("/x")), java.util.Map.of("SECPILLAR_HOME", "/h"), "/home/u"))
                .isEqualTo(Path.of("/x"));
        assertThat(DataDirectory.resolve(Optional.empty(), java.util.Map.of("SECPILLAR_HOME", "/h"), "/home/u"))
                .isEqualTo(Path.of("/h"));
        assertThat(DataDirectory.resolve(Optional.empty(), java.util.Map.of("XDG_DATA_HOME", "/xdg"), "/home/u"))
                .isEqualTo(Path.of("/xdg/secpillar"));
        assertThat(DataDirectory.resolve(Optional.empty(), java.util.Map.of(), "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/share/secpillar"));
    }

    @Test
    void quizAttemptsAnswersAndCardsRoundTrip() {
        try (var store = JdbcProgressStore.openSqlite(dir)) {
            long id = store.startQuizAttempt("iam", 42L, T);
            ReviewCard card = new ReviewCard("iam-q01", "iam", T.plusSeconds(86400), 1.5, 5.0, 0, 1, Optional.of(T), false);
            store.recordQuizAnswer(id, "iam-q01", "2", false, T, Optional.of(card));
            store.recordQuizAnswer(id, "iam-q02", "0,1", true, T, Optional.empty());
            store.finishQuizAttempt(id, 50, false, T.plusSeconds(60));
            ProgressSnapshot s = store.snapshot();
            QuizAttempt a = s.attempts("iam").get(0);
            assertThat(a.seed()).isEqualTo(42L);
            assertThat(a.answers()).extracting(QuizAttempt.QuizAnswer::response).containsExactly("2", "0,1");
            assertThat(a.scorePercent()).contains(50);
            assertThat(s.bestScore("iam")).contains(50);
            assertThat(s.reviewCards()).containsEntry("iam-q01", card);
        }
    }

    @Test
    void challengeEventsSummarizeHintsAndCleanPasses() {
        try (var store = JdbcProgressStore.openSqlite(dir)) {
            store.recordChallengeEvent("c1", ChallengeEvent.CHECK, T);
            store.recordChallengeEvent("c1", ChallengeEvent.PASS, T);
            store.recordChallengeEvent("c2", ChallengeEvent.HINT, T);
            store.recordChallengeEvent("c2", ChallengeEvent.PASS, T);
            var s = store.snapshot();
            assertThat(s.challenge("c1").orElseThrow().passedClean()).isTrue();
            assertThat(s.challenge("c2").orElseThrow().passedClean()).isFalse();
            assertThat(s.challenge("c2").orElseThrow().hintsUsed()).isEqualTo(1);
        }
    }

    @Test
    void aBadgeIsAwardedOnceWithTheEventThatEarnedIt() {
        try (var store = JdbcProgressStore.openSqlite(dir)) {
            store.setAwardRule(snap -> snap.isDone("l1") ? java.util.Set.of("first") : java.util.Set.of());
            assertThat(store.recordStep("l1", 0, T)).isEmpty();
            assertThat(store.recordLessonDone("l1", T)).containsExactly("first");
            assertThat(store.recordLessonDone("l1", T)).isEmpty();
            assertThat(store.snapshot().badges()).containsOnlyKeys("first");
        }
    }

    @Test
    void learnersInOneDatabaseAreKeptApart() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("class.db");
        try (var alice = JdbcProgressStore.open(java.sql.DriverManager.getConnection(url), url, "alice");
             var bob = JdbcProgressStore.open(java.sql.DriverManager.getConnection(url), url, "bob")) {
            alice.recordLessonDone("l1", T);
            bob.startQuizAttempt("iam", 1, T);
            assertThat(alice.snapshot().isDone("l1")).isTrue();
            assertThat(bob.snapshot().isDone("l1")).isFalse();
            assertThat(alice.snapshot().quizAttempts()).isEmpty();
            bob.reset();
            assertThat(alice.snapshot().isDone("l1")).isTrue();
        }
    }
}
