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
}
