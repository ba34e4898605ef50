package dev.secpillar.badge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.course.Course;
import dev.secpillar.record.ProgressSnapshot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each kind of criterion, judged against records a learner could have, with the progress it reports. */
class CriteriaTest {

    private static Standing standing(Map<String, Object> criteria, Records records) {
        Course course = TestCourse.with(TestCourse.badge("b", criteria), TestCourse.badge("other", Map.of("streak_days", 99L)),
                TestCourse.badge("third", Map.of("streak_days", 99L)));
        return BadgeRules.of(course).status("b", records.snapshot()).orElseThrow().standing();
    }

    @Test
    void lessonsOfAModule() {
        Map<String, Object> c = Map.of("lessons_of_module", "iam");
        assertThat(standing(c, Records.empty().done("iam-1"))).satisfies(s -> {
            assertThat(s.met()).isFalse();
            assertThat(s.description()).isEqualTo("Finish every lesson of Identity");
            assertThat(s.progress()).isEqualTo("1 of 2 lessons");
        });
        assertThat(standing(c, Records.empty().done("iam-1", "iam-2")).met()).isTrue();
        assertThat(standing(c, Records.empty().done("ir-1")).met()).isFalse();
    }

    @Test
    void moduleCompleteNeedsItsQuizWhenItHasOne() {
        Map<String, Object> c = Map.of("module_complete", "iam");
        Standing lessonsOnly = standing(c, Records.empty().done("iam-1", "iam-2"));
        assertThat(lessonsOnly.met()).isFalse();
        assertThat(lessonsOnly.progress()).isEqualTo("2 of 2 lessons, quiz not passed yet");
        assertThat(lessonsOnly.description()).isEqualTo("Finish every lesson of Identity and pass its quiz");
        assertThat(standing(c, Records.empty().done("iam-1", "iam-2").quiz("iam-quiz", 90, true)).met()).isTrue();
        // a module without a quiz is complete on its lessons
        assertThat(standing(Map.of("module_complete", "ir"), Records.empty().done("ir-1")).met()).isTrue();
    }

    @Test
    void quizPassedAndAtAScore() {
        assertThat(standing(Map.of("quiz", "iam-quiz"), Records.empty().quiz("iam-quiz", 60, false))).satisfies(s -> {
            assertThat(s.met()).isFalse();
            assertThat(s.progress()).isEqualTo("best score 60%, needs 80%");
        });
        assertThat(standing(Map.of("quiz", "iam-quiz"), Records.empty().quizStarted("iam-quiz")).progress())
                .isEqualTo("not taken yet");
        assertThat(standing(Map.of("quiz", "iam-quiz"), Records.empty().quiz("iam-quiz", 80, true)).met()).isTrue();

        Map<String, Object> ninety = Map.of("quiz", Map.of("id", "iam-quiz", "min_score", 90L));
        Standing at85 = standing(ninety, Records.empty().quiz("iam-quiz", 85, true));
        assertThat(at85.met()).isFalse();
        assertThat(at85.description()).isEqualTo("Pass IAM quiz with at least 90%");
        assertThat(standing(ninety, Records.empty().quiz("iam-quiz", 85, true).quiz("iam-quiz", 95, true)).met()).isTrue();
    }

    @Test
    void namedChallengesWithAndWithoutHelp() {
        Map<String, Object> any = Map.of("challenges", List.of("iam-c1", "iam-c2"));
        Standing one = standing(any, Records.empty().passed("iam-c1", 2, false).tried("iam-c2", 1));
        assertThat(one.met()).isFalse();
        assertThat(one.progress()).isEqualTo("1 of 2 challenges");
        assertThat(one.description()).isEqualTo("Pass the challenges \u201cChallenge iam-c1\u201d and \u201cChallenge iam-c2\u201d");

        Records withHints = Records.empty().passed("iam-c1", 2, false).passed("iam-c2", 0, false);
        assertThat(standing(any, withHints).met()).isTrue();
        Map<String, Object> noHints = Map.of("challenges", Map.of("ids", List.of("iam-c1", "iam-c2"), "no_hints", true));
        assertThat(standing(noHints, withHints).met()).isFalse();
        assertThat(standing(noHints, withHints).progress()).isEqualTo("1 of 2 challenges");
        assertThat(standing(noHints, Records.empty().passed("iam-c1", 0, false).passed("iam-c2", 0, false)).met()).isTrue();

        Map<String, Object> noGiveUp = Map.of("challenges", Map.of("ids", List.of("iam-c1"), "no_give_up", true));
        assertThat(standing(noGiveUp, Records.empty().passed("iam-c1", 3, false)).met()).isTrue();
        assertThat(standing(noGiveUp, Records.empty().passed("iam-c1", 0, true)).met()).isFalse();
    }

    @Test
    void everyChallengeOfAKindOrModule() {
        Map<String, Object> policy = Map.of("challenges_of", Map.of("module", "iam", "kind", "policy", "no_hints", true));
        Records r = Records.empty().passed("iam-c1", 0, false).passed("iam-c2", 0, false);
        assertThat(standing(policy, r).met()).isTrue();
        assertThat(standing(policy, r).description())
                .isEqualTo("Pass every policy challenge of Identity with clean passes (no hints, no give-up)");
        // the whole module includes its detection challenge
        Standing module = standing(Map.of("challenges_of", Map.of("module", "iam")), r);
        assertThat(module.met()).isFalse();
        assertThat(module.progress()).isEqualTo("2 of 3 challenges");
        // a kind across modules
        assertThat(standing(Map.of("challenges_of", Map.of("kind", "ordering")), Records.empty().passed("ir-c1", 1, false))
                .met()).isTrue();
    }

    @Test
    void anEmptySetOfChallengesIsNeverMet() {
        Standing s = standing(Map.of("challenges_of", Map.of("module", "ir", "kind", "network")), Records.empty());
        assertThat(s.met()).isFalse();
        assertThat(s.progress()).isEqualTo("no challenges in the course yet");
    }

    @Test
    void streakCountsTheLongestRun() {
        Map<String, Object> c = Map.of("streak_days", 3L);
        Standing two = standing(c, Records.empty().activeOn("2025-03-01", "2025-03-02"));
        assertThat(two.met()).isFalse();
        assertThat(two.progress()).isEqualTo("current streak 2 of 3 days");
        assertThat(standing(c, Records.empty().activeOn("2025-03-01", "2025-03-02", "2025-03-04")).progress())
                .isEqualTo("current streak 1 of 3 days");
        assertThat(standing(c, Records.empty().activeOn("2025-03-01", "2025-03-02", "2025-03-03", "2025-03-09")).met())
                .isTrue();
    }

    @Test
    void allOfBadgesCountsThem() {
        Map<String, Object> c = Map.of("all", List.of("other", "third"));
        Standing s = standing(c, Records.empty().badge("other"));
        assertThat(s.met()).isFalse();
        assertThat(s.progress()).isEqualTo("1 of 2 badges");
        assertThat(s.description()).isEqualTo("Earn all of these badges: \u201cBadge other\u201d and \u201cBadge third\u201d");
        assertThat(standing(c, Records.empty().badge("other").badge("third")).met()).isTrue();
    }

    @Test
    void allOfMixedCriteriaListsItsParts() {
        Map<String, Object> c = Map.of("all", List.of(Map.of("lessons_of_module", "ir"), Map.of("streak_days", 2L)));
        Standing s = standing(c, Records.empty().done("ir-1"));
        assertThat(s.met()).isFalse();
        assertThat(s.progress()).isEqualTo("1 of 2 parts done");
        assertThat(s.parts()).extracting(Standing::met).containsExactly(true, false);
    }

    @Test
    void anyNOfAList() {
        Map<String, Object> c = Map.of("any", Map.of("count", 2L, "of", List.of("other", "third", Map.of("lessons_of_module", "ir"))));
        assertThat(standing(c, Records.empty().badge("other")).met()).isFalse();
        assertThat(standing(c, Records.empty().badge("other").done("ir-1")).met()).isTrue();
        assertThat(standing(Map.of("any", List.of("other", "third")), Records.empty().badge("third")).met()).isTrue();
    }

    @Test
    void everyMissedQuestionRetired() {
        Map<String, Object> c = Map.of("missed_questions_retired", true);
        assertThat(standing(c, Records.empty()).progress()).isEqualTo("no missed questions yet");
        assertThat(standing(c, Records.empty()).met()).isFalse();
        Standing some = standing(c, Records.empty().card("q1", true).card("q2", false));
        assertThat(some.met()).isFalse();
        assertThat(some.progress()).isEqualTo("1 of 2 missed questions retired");
        assertThat(standing(c, Records.empty().card("q1", true).card("q2", true)).met()).isTrue();
        assertThat(standing(Map.of("missed_questions_retired", Map.of("at_least", 3L)),
                Records.empty().card("q1", true).card("q2", true)).met()).isFalse();
    }

    @Test
    void everyQuizAtAScore() {
        Map<String, Object> ace = Map.of("every_quiz", Map.of("min_score", 100L));
        assertThat(standing(ace, Records.empty().quiz("iam-quiz", 95, true)).progress()).isEqualTo("0 of 1 quiz at 100%");
        assertThat(standing(ace, Records.empty().quiz("iam-quiz", 95, true).quiz("iam-quiz", 100, true)).met()).isTrue();
        assertThat(standing(Map.of("every_quiz", true), Records.empty().quiz("iam-quiz", 80, true)).met()).isTrue();
    }

    @Test
    void aBadgeNeedingOthersIsAwardedWithTheLastOfThem() {
        Course course = TestCourse.with(
                TestCourse.badge("guardian", Map.of("all", List.of("iam", "ir"))),
                TestCourse.badge("iam", Map.of("lessons_of_module", "iam")),
                TestCourse.badge("ir", Map.of("lessons_of_module", "ir")));
        BadgeRules rules = BadgeRules.of(course);
        ProgressSnapshot before = Records.empty().done("iam-1", "iam-2").badge("iam").snapshot();
        assertThat(rules.earned(before)).isEmpty();
        ProgressSnapshot after = Records.empty().done("iam-1", "iam-2", "ir-1").badge("iam").snapshot();
        assertThat(rules.earned(after)).containsExactlyInAnyOrder("ir", "guardian");
    }

    @Test
    void evidenceAndBestPracticesOfAnEarnedBadge() {
        Course course = TestCourse.with(
                TestCourse.badge("iam", Map.of("module_complete", "iam")),
                TestCourse.badge("guardian", Map.of("all", List.of("iam"))));
        BadgeRules rules = BadgeRules.of(course);
        ProgressSnapshot s = Records.empty().done("iam-1", "iam-2").quiz("iam-quiz", 90, true).badge("iam").snapshot();
        assertThat(rules.evidence("iam", s)).extracting(Evidence::name)
                .containsExactly("Lesson: Lesson iam-1", "Lesson: Lesson iam-2", "Quiz: IAM quiz");
        assertThat(rules.evidence("iam", s).get(2).description()).isEqualTo("Passed with 90% (pass mark 80%)");
        assertThat(rules.bestPractices("iam")).containsExactly("SEC02-BP01", "SEC02-BP02", "SEC03-BP02");
        // a badge made of badges stands for their best practices
        assertThat(rules.bestPractices("guardian")).containsExactly("SEC02-BP01", "SEC02-BP02", "SEC03-BP02");
    }
}
