package dev.secpillar.quiz;

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

/** Small questions, a quiz and a course to test sessions with. */
final class Questions {
    private Questions() {}

    static Question single(String id, int answer, String... bps) {
        return q(id, QuestionKind.SINGLE, List.of("Alpha", "Bravo", "Charlie", "Delta"), List.of(answer), bps);
    }

    static Question multi(String id, List<Integer> answer, String... bps) {
        return q(id, QuestionKind.MULTI, List.of("Alpha", "Bravo", "Charlie", "Delta", "Echo"), answer, bps);
    }

    static Question trueFalse(String id, boolean truth, String... bps) {
        return q(id, QuestionKind.TRUE_FALSE, List.of("True", "False"), List.of(truth ? 0 : 1), bps);
    }

    static Question order(String id, String... bps) {
        return q(id, QuestionKind.ORDER, List.of("Prepare", "Detect", "Contain", "Eradicate", "Recover"),
                List.of(0, 1, 2, 3, 4), bps);
    }

    static Question policy(String id, int decision, String... bps) {
        return q(id, QuestionKind.POLICY_DECISION, List.of("Allow", "Explicit deny", "Implicit deny"),
                List.of(decision), bps);
    }

    private static Question q(String id, QuestionKind kind, List<String> choices, List<Integer> answer, String... bps) {
        return new Question(id, kind, "Prompt of " + id, choices, answer, "Because of " + id + ".",
                bps.length == 0 ? List.of("SEC01-BP01") : List.of(bps), Map.of(), Positions.NONE);
    }

    static Quiz quiz(int passPercent, Question... questions) {
        return new Quiz("basics", "basics", "Basics quiz", passPercent, List.of(questions), SourceRef.NONE);
    }

    static Lesson lesson(String id, String module, String... bps) {
        return new Lesson(id, module, "Lesson " + id, List.of(bps), 5, List.of(new Step.Page("text")));
    }

    /** Two modules; lessons tagged so each best practice is taught by known lessons. */
    static Course course(Quiz... quizzes) {
        Module basics = new Module("basics", "Basics", "", List.of("SEC01"), List.of(
                lesson("accounts", "basics", "SEC01-BP01"),
                lesson("root", "basics", "SEC01-BP02"),
                lesson("threats", "basics", "SEC01-BP07", "SEC01-BP01")), List.of());
        Module iam = new Module("iam", "IAM", "", List.of("SEC03"), List.of(
                lesson("least", "iam", "SEC03-BP02"),
                lesson("guardrails", "iam", "SEC03-BP05", "SEC03-BP02")), List.of());
        return new Course("Test course", List.of(basics, iam), List.of(quizzes), List.of());
    }
}
