package dev.secpillar.progress;

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
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("progress.db"));
             var rs = c.createStatement().executeQuery("SELECT version FROM schema_version")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(Migrations.latest());
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void newerSchemaIsRefusedNotDowngraded() throws Exception {
        JdbcProgressStore.openSqlite(dir).close();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("progress.db"))) {
            c.createStatement().execute("UPDATE schema_version SET version = 999");
        }
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
}
