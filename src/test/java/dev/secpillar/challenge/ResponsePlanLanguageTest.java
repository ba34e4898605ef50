package dev.secpillar.challenge;

import static dev.secpillar.challenge.TestChallenges.compile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.Messages;
import org.junit.jupiter.api.Test;

/** An ordering challenge's starting plan: its comment in the learner's language, the plan itself unchanged. */
class ResponsePlanLanguageTest {
    @Test
    void theCommentAboveTheStartingPlanIsInTheLearnersLanguage() {
        Checker c = compile(ResponseCheckerTest.KEY);
        String en = c.start(Messages.of(Language.EN));
        String vi = c.start(Messages.of(Language.VI));
        assertThat(en).isEqualTo(c.start());
        assertThat(en).startsWith("# Your plan: action ids from the pool, in the order you would take them.\n"
                + "# A (policy) action takes its policy as value:  - id: {Version: \"2012-10-17\", Statement: [...]}\n"
                + "# Pool:\n");
        assertThat(vi).startsWith("# Kế hoạch của bạn: id của các hành động trong danh sách dưới đây, theo thứ tự bạn sẽ thực hiện.\n")
                .contains("# Các hành động có thể chọn:\n", "#   revoke (chính sách): Revoke the role's sessions")
                .doesNotContain("Pool:", "(policy)");
        // Only comment lines differ: the plan reads the same and checks the same.
        assertThat(vi.lines().filter(l -> !l.startsWith("#")).toList())
                .isEqualTo(en.lines().filter(l -> !l.startsWith("#")).toList());
        assertThat(c.check(vi).cases()).isEqualTo(c.check(en).cases());
    }
}
