package dev.secpillar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The command line in the learner's language: help, reports and errors. */
class VietnameseCliTest extends CliHarness {

    @Test
    void helpIsVietnameseWithLangAndEnglishWithout() {
        Run vi = run("--lang", "vi", "--help");
        assertThat(vi.exit()).isZero();
        assertThat(vi.out()).contains("Cách dùng: secpillar", "Khóa học tương tác về trụ cột Bảo mật", "Lệnh:",
                "Hiện trợ giúp này rồi thoát.");
        Run en = run("--help");
        assertThat(en.out()).contains("Usage: secpillar", "An interactive course on the Security Pillar", "Commands:");
        assertThat(en.out()).doesNotContain("Cách dùng");
    }

    @Test
    void subcommandHelpFollowsSecpillarLang() {
        env.put("SECPILLAR_LANG", "vi");
        Run r = run("challenge", "--help");
        assertThat(r.out()).contains("Cách dùng: secpillar challenge", "Mã thử thách (xem 'secpillar list').",
                "Dùng với --start: ghi đè FILE nếu đã tồn tại.");
        env.put("SECPILLAR_LANG", "en");
        assertThat(run("challenge", "--help").out()).contains("The challenge id (see 'secpillar list').");
    }

    @Test
    void helpFollowsTheLocaleWhenNothingElseDecides() {
        env.put("LANG", "vi_VN.UTF-8");
        assertThat(run("lint", "--help").out()).contains("Mã thoát:", "tệp chính sách");
    }

    @Test
    void helpFollowsTheSavedChoiceWhenNothingIsAskedFor() {
        try (var store = dev.secpillar.progress.JdbcProgressStore.openSqlite(data)) {
            store.saveSetting(CourseContext.LANGUAGE_SETTING, "vi", java.time.Instant.now());
        }
        assertThat(run("--help").out()).contains("Cách dùng: secpillar");
        assertThat(run("--lang", "en", "--help").out()).contains("Usage: secpillar");
        Run usage = run("lisst");
        assertThat(usage.err()).contains("secpillar: Đối số không hợp lệ: 'lisst'", "xem `secpillar --help`");
    }

    @Test
    void aBrokenProgressDatabaseIsReportedInTheAskedLanguageWithoutItsSavedChoice() throws Exception {
        java.nio.file.Files.createDirectories(data);
        java.nio.file.Files.writeString(data.resolve("progress.db"), "not a database, just text a crash left behind ".repeat(50));
        Run vi = run("--lang", "vi", "progress");
        assertThat(vi.exit()).isNotZero();
        assertThat(vi.err()).contains("không dùng được cơ sở dữ liệu tiến độ", "tệp không phải cơ sở dữ liệu hoặc đã hỏng",
                "hãy chuyển nó sang chỗ khác").doesNotContain("cannot be used", "Exception");
        Run en = run("progress"); // no --lang: the saved choice cannot be read, so English, not a loop back into the record
        assertThat(en.err()).contains("cannot be used (the file is not a database or is corrupt). It was left untouched")
                .doesNotContain("Exception");
    }
}
