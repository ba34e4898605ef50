package dev.secpillar.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.content.CourseLoader;
import dev.secpillar.course.Challenge;
import dev.secpillar.course.ChallengeKind;
import dev.secpillar.course.Course;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The course's own challenges: enough of them in every module the issue names, and all sound. */
class RealChallengesTest {
    private static final Path ROOT = Path.of(System.getProperty("user.dir"));

    @Test
    void everyRealChallengeIsSound() {
        CourseLoader.Result r = CourseLoader.check(ROOT, ContentChecks.all());
        assertThat(r.problems()).isEmpty();
        assertThat(r.course()).isPresent();
    }

    @Test
    void atLeastThreeChallengesInEachModuleOfTheIssue() throws Exception {
        Course course = CourseLoader.load(ROOT);
        Map<String, Long> perModule = course.allChallenges().stream()
                .collect(Collectors.groupingBy(Challenge::moduleId, Collectors.counting()));
        for (String module : List.of("iam", "detection", "infrastructure", "data-protection", "incident-response")) {
            assertThat(perModule.getOrDefault(module, 0L)).as(module).isGreaterThanOrEqualTo(3);
        }
        assertThat(course.allChallenges()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(course.allChallenges()).extracting(Challenge::kind).contains(ChallengeKind.values());
        for (Challenge c : course.allChallenges()) {
            assertThat(course.allLessons().stream().flatMap(l -> l.steps().stream())
                    .anyMatch(s -> s instanceof dev.secpillar.course.Step.ChallengeStep cs && cs.challengeId().equals(c.id())))
                    .as("a lesson opens " + c.id()).isTrue();
        }
    }
}
