package dev.secpillar.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.record.ChallengeEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress and class databases are the owner's alone, like the host key. */
class FileModesTest {
    @TempDir
    Path dir;

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void aNewProgressDatabaseAndItsFolderAreOwnerOnly() throws Exception {
        Path data = dir.resolve("home/secpillar");
        try (JdbcProgressStore store = JdbcProgressStore.openSqlite(data)) {
            store.recordChallengeEvent("c", ChallengeEvent.values()[0], Instant.EPOCH);
        }
        assertThat(mode(data)).isEqualTo("rwx------");
        assertThat(mode(data.getParent())).isEqualTo("rwx------");
        assertThat(mode(data.resolve("progress.db"))).isEqualTo("rw-------");
    }

    @Test
    void anExistingReadableDatabaseIsTightened() throws Exception {
        try (JdbcProgressStore store = JdbcProgressStore.openSqlite(dir)) {
            store.recordLessonDone("l", Instant.EPOCH);
        }
        Files.setPosixFilePermissions(dir.resolve("progress.db"), PosixFilePermissions.fromString("rw-r--r--"));
        JdbcProgressStore.openSqlite(dir).close();
        assertThat(mode(dir.resolve("progress.db"))).isEqualTo("rw-------");
    }

    @Test
    void theClassDatabaseAndItsWriteAheadLogAreOwnerOnly() throws Exception {
        Path data = dir.resolve("class");
        try (ClassDatabase db = ClassDatabase.openSqlite(data)) {
            db.learner("ana").recordLessonDone("l", Instant.EPOCH);
            assertThat(mode(data)).isEqualTo("rwx------");
            try (var files = Files.list(data)) {
                assertThat(files.filter(f -> f.getFileName().toString().startsWith("workshop.db")).toList())
                        .isNotEmpty().allSatisfy(f -> assertThat(mode(f)).as(f.toString()).isEqualTo("rw-------"));
            }
        }
    }
}
