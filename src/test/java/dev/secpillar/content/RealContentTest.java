package dev.secpillar.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.app.Coverage;
import dev.secpillar.course.Course;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.Step;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The course we ship: valid, complete over the pillar, and within the authoring limits. */
class RealContentTest {
    static Course course;

    @BeforeAll
    static void load() throws Exception {
        CourseLoader.Result r = CourseLoader.check(Path.of("").toAbsolutePath());
        assertThat(r.problems()).as("secpillar validate over the shipped content").isEmpty();
        course = r.course().orElseThrow();
    }

    @Test
    void sevenModulesInPillarOrder() {
        assertThat(course.modules()).extracting(m -> m.id()).containsExactly("foundations", "iam", "detection",
                "infrastructure", "data-protection", "incident-response", "appsec");
    }

    @Test
    void everyBestPracticeIsTaughtAndQuizzedHighRiskTwice() {
        Coverage cov = Coverage.of(course, PillarMapLoader.load());
        assertThat(cov.practices()).hasSize(63);
        assertThat(cov.practices()).filteredOn(p -> !p.covered()).extracting(Coverage.Practice::id).isEmpty();
        assertThat(cov.summary()).isEqualTo("63/63 best practices taught, 63/63 quizzed");
    }

    @Test
    void lessonsAreShortAndEachHasACheckWithAnExplanation() {
        for (Lesson l : course.allLessons()) {
            assertThat(l.steps()).as(l.id()).hasSizeBetween(4, 10);
            assertThat(l.minutes()).as(l.id()).isBetween(1, 10);
            assertThat(l.steps()).as(l.id()).anyMatch(s -> s instanceof Step.Check);
            l.steps().stream().filter(s -> s instanceof Step.Check).map(s -> (Step.Check) s)
                    .forEach(c -> assertThat(c.explain()).as(l.id()).isNotBlank());
        }
    }

    @Test
    void everyQuizQuestionHasAnExplanation() {
        course.quizzes().forEach(q -> q.questions().forEach(x -> assertThat(x.explain()).as(x.id()).isNotBlank()));
        assertThat(course.quizzes()).hasSize(7);
    }
}
