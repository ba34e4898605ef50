package dev.secpillar.badge;

import dev.secpillar.course.BadgeDefinition;
import dev.secpillar.course.Challenge;
import dev.secpillar.course.ChallengeKind;
import dev.secpillar.course.Course;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.Module;
import dev.secpillar.course.Positions;
import dev.secpillar.course.Question;
import dev.secpillar.course.QuestionKind;
import dev.secpillar.course.Quiz;
import dev.secpillar.course.SourceRef;
import dev.secpillar.course.Step;
import java.util.List;
import java.util.Map;

/**
 * A small course built in code: module "iam" (two lessons, a quiz, two policy challenges and a
 * detection one) and module "ir" (one lesson, one ordering challenge, no quiz).
 */
final class TestCourse {
    private TestCourse() {}

    static Course with(BadgeDefinition... badges) {
        Module iam = new Module("iam", "Identity", "", List.of("SEC02"),
                List.of(lesson("iam-1", "iam", "SEC02-BP01"), lesson("iam-2", "iam", "SEC03-BP02")),
                List.of(challenge("iam-c1", "iam", ChallengeKind.POLICY, "SEC03-BP02"),
                        challenge("iam-c2", "iam", ChallengeKind.POLICY, "SEC03-BP01"),
                        challenge("iam-d1", "iam", ChallengeKind.DETECTION, "SEC04-BP01")));
        Module ir = new Module("ir", "Incident response", "", List.of("SEC10"),
                List.of(lesson("ir-1", "ir", "SEC10-BP01")),
                List.of(challenge("ir-c1", "ir", ChallengeKind.ORDERING, "SEC10-BP02")));
        Quiz quiz = new Quiz("iam-quiz", "iam", "IAM quiz", 80,
                List.of(new Question("iam-q1", QuestionKind.SINGLE, "?", List.of("a", "b"), List.of(0), "because",
                        List.of("SEC02-BP02"), Map.of(), Positions.NONE)), SourceRef.NONE);
        return new Course("Test", List.of(iam, ir), List.of(quiz), List.of(badges));
    }

    static BadgeDefinition badge(String id, Map<String, Object> criteria) {
        return new BadgeDefinition(id, "Badge " + id, "About " + id, List.of("[" + id + "]"), criteria, Positions.NONE);
    }

    private static Lesson lesson(String id, String module, String bp) {
        return new Lesson(id, module, "Lesson " + id, List.of(bp), 5, List.of(new Step.Page("text")));
    }

    private static Challenge challenge(String id, String module, ChallengeKind kind, String bp) {
        return new Challenge(id, module, kind, "Challenge " + id, "story", List.of(bp), List.of("a hint"), Map.of(),
                Positions.NONE);
    }
}
