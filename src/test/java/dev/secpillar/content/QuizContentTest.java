package dev.secpillar.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.course.Course;
import dev.secpillar.course.Question;
import dev.secpillar.course.QuestionKind;
import dev.secpillar.course.Quiz;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped quizzes meet what the course promises (issue 4: quizzes). */
class QuizContentTest {
    static Course course;

    @BeforeAll
    static void load() throws Exception {
        course = CourseLoader.load(Path.of("").toAbsolutePath());
    }

    private static Quiz quiz(String id) {
        return course.quiz(id).orElseThrow();
    }

    private static long count(Quiz q, QuestionKind kind) {
        return q.questions().stream().filter(x -> x.kind() == kind).count();
    }

    @Test
    void everyModuleHasAQuizOfAtLeastTenQuestionsMixingKinds() {
        assertThat(course.quizzes()).extracting(Quiz::moduleId)
                .containsExactlyInAnyOrderElementsOf(course.modules().stream().map(m -> m.id()).toList());
        for (Quiz q : course.quizzes()) {
            assertThat(q.questions()).as(q.id()).hasSizeGreaterThanOrEqualTo(10);
            Map<QuestionKind, Long> kinds = q.questions().stream()
                    .collect(Collectors.groupingBy(Question::kind, Collectors.counting()));
            assertThat(kinds.keySet()).as(q.id() + " mixes kinds").hasSizeGreaterThanOrEqualTo(4);
        }
        assertThat(course.quizzes().stream().mapToInt(q -> q.questions().size()).sum()).isGreaterThanOrEqualTo(70);
    }

    @Test
    void policyDecisionsInIamAndDataProtectionAnsweredByTheSimulator() {
        assertThat(count(quiz("iam"), QuestionKind.POLICY_DECISION)).isGreaterThanOrEqualTo(4);
        assertThat(count(quiz("data-protection"), QuestionKind.POLICY_DECISION)).isGreaterThanOrEqualTo(2);
        course.quizzes().stream().flatMap(q -> q.questions().stream())
                .filter(x -> x.kind() == QuestionKind.POLICY_DECISION)
                .forEach(x -> {
                    assertThat(x.answer()).as(x.id()).hasSize(1);
                    assertThat(PolicyDecisions.of(x)).as(x.id()).hasValueSatisfying(d -> assertThat(d.answer())
                            .isEqualTo(x.answer().get(0)));
                });
    }

    @Test
    void theIncidentResponseLifecycleIsAnOrderQuestion() {
        assertThat(quiz("incident-response").questions())
                .anySatisfy(q -> {
                    assertThat(q.kind()).isEqualTo(QuestionKind.ORDER);
                    assertThat(q.prompt()).containsIgnoringCase("lifecycle");
                    assertThat(q.choices()).startsWith("Preparation").endsWith("Post-incident activity");
                });
    }

    @Test
    void everyQuestionIsTaggedExplainedAndStandsOnItsOwn() {
        course.quizzes().stream().flatMap(q -> q.questions().stream()).forEach(q -> {
            assertThat(q.bestPractices()).as(q.id()).isNotEmpty();
            assertThat(q.explain()).as(q.id()).isNotBlank();
            // Questions are shuffled, so none may lean on the one before it.
            assertThat(q.prompt()).as(q.id()).doesNotStartWith("Same ").doesNotContainIgnoringCase("previous question");
        });
    }
}
