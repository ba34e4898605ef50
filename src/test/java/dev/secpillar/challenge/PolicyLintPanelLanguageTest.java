package dev.secpillar.challenge;

import static dev.secpillar.challenge.TestChallenges.compile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A policy challenge's lint panel speaks the learner's language, finding for finding. */
class PolicyLintPanelLanguageTest {
    @Test
    void theLintersFindingsReadInVietnameseAtTheSamePlaces() {
        Checker c = compile(PolicyCheckerTest.READER);
        List<Finding> en = c.lint(c.start(), Messages.of(Language.EN));
        List<Finding> vi = c.lint(c.start(), Messages.of(Language.VI));
        assertThat(vi).hasSameSizeAs(en);
        for (int i = 0; i < en.size(); i++) {
            assertThat(vi.get(i).severity()).isEqualTo(en.get(i).severity());
            assertThat(vi.get(i).line()).isEqualTo(en.get(i).line());
            assertThat(vi.get(i).column()).isEqualTo(en.get(i).column());
        }
        Finding security = vi.stream().filter(f -> f.severity().equals("security warning")).findFirst().orElseThrow();
        Finding english = en.get(vi.indexOf(security));
        assertThat(security.message()).isNotEqualTo(english.message());
        assertThat(en).extracting(Finding::message).contains(english.message());
    }

    @Test
    void theSeverityWordIsTheLearnersLanguageAndEnglishIsUnchanged() {
        Finding f = new Finding("security warning", 3, 7, "m");
        assertThat(f.located()).isEqualTo("3:7: security warning: m");
        assertThat(f.located(Messages.of(Language.EN))).isEqualTo("3:7: security warning: m");
        assertThat(f.located(Messages.of(Language.VI))).isEqualTo("3:7: cảnh báo bảo mật: m");
        assertThat(new Finding("limit", 0, 0, "m").located(Messages.of(Language.VI))).isEqualTo("giới hạn: m");
        assertThat(new Finding("suggestion", 1, 1, "m").located(Messages.of(Language.VI))).isEqualTo("1:1: gợi ý: m");
        for (String s : List.of("error", "security warning", "warning", "suggestion", "limit", "security", "ok")) {
            assertThat(new Finding(s, 1, 1, "m").located(Messages.of(Language.EN))).isEqualTo("1:1: " + s + ": m");
        }
    }
}
