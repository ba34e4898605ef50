package dev.secpillar.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearnerSettingTest {
    @TempDir
    Path dir;

    @Test
    void aSettingSurvivesReopeningAndAResetAndCanChange() {
        try (JdbcProgressStore s = JdbcProgressStore.openSqlite(dir)) {
            assertThat(s.setting("language")).isEmpty();
            s.saveSetting("language", "vi", Instant.parse("2026-12-05T10:00:00Z"));
            s.reset();
        }
        try (JdbcProgressStore s = JdbcProgressStore.openSqlite(dir)) {
            assertThat(s.setting("language")).contains("vi");
            s.saveSetting("language", "en", Instant.parse("2026-12-05T11:00:00Z"));
            assertThat(s.setting("language")).contains("en");
        }
    }
}
