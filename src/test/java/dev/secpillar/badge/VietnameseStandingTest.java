package dev.secpillar.badge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.course.Course;
import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.Messages;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a badge asks, and how far along the learner is, in the learner's language. */
class VietnameseStandingTest {
    private static final Messages VI = Messages.of(Language.VI);

    private static Standing standing(Map<String, Object> criteria, Records records) {
        Course course = TestCourse.with(TestCourse.badge("b", criteria));
        return BadgeRules.of(course).status("b", records.snapshot(), VI).orElseThrow().standing();
    }

    @Test
    void aModuleBadgeSaysWhatIsLeftInVietnamese() {
        Standing s = standing(Map.of("module_complete", "iam"), Records.empty().done("iam-1", "iam-2"));
        assertThat(s.description()).isEqualTo("Hoàn thành mọi bài học của Identity và vượt qua bài kiểm tra của học phần");
        assertThat(s.progress()).isEqualTo("2/2 bài học, chưa đạt bài kiểm tra");
    }

    @Test
    void challengeAndQuizBadgesInVietnamese() {
        Standing one = standing(Map.of("challenges", List.of("iam-c1", "iam-c2")),
                Records.empty().passed("iam-c1", 2, false).tried("iam-c2", 1));
        assertThat(one.description()).isEqualTo("Vượt qua các thử thách \u201cChallenge iam-c1\u201d và \u201cChallenge iam-c2\u201d");
        assertThat(one.progress()).isEqualTo("1/2 thử thách");
        assertThat(standing(Map.of("quiz", "iam-quiz"), Records.empty().quiz("iam-quiz", 60, false)).progress())
                .isEqualTo("điểm cao nhất 60%, cần 80%");
        // English stays the default
        Course course = TestCourse.with(TestCourse.badge("b", Map.of("quiz", "iam-quiz")));
        assertThat(BadgeRules.of(course).status("b", Records.empty().quiz("iam-quiz", 60, false).snapshot())
                .orElseThrow().standing().progress()).isEqualTo("best score 60%, needs 80%");
    }
}
