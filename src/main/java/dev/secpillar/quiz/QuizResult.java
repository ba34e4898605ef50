package dev.secpillar.quiz;

import dev.secpillar.course.Course;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.Question;
import dev.secpillar.course.Quiz;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a sitting went: the score (rounded down, so a shown 80% always passes an 80% mark), pass
 * or fail against the quiz's {@code pass_percent}, every missed question with its explanation
 * and the lessons that teach its best practices, and those lessons together, in course order.
 */
public record QuizResult(Quiz quiz, int right, int total, int scorePercent, boolean passed, List<Missed> missed,
                         List<Lesson> revisit) {

    /** A question answered wrongly and the lessons tagged with any of its best practices. */
    public record Missed(QuizSession.Answered answer, List<Lesson> lessons) {
        public Missed {
            lessons = List.copyOf(lessons);
        }

        public Question question() {
            return answer.shown().question();
        }
    }

    public QuizResult {
        missed = List.copyOf(missed);
        revisit = List.copyOf(revisit);
    }

    static QuizResult of(Quiz quiz, List<QuizSession.Answered> answers, Course course) {
        int total = answers.size();
        int right = (int) answers.stream().filter(a -> a.marking().correct()).count();
        List<Missed> missed = answers.stream()
                .filter(a -> !a.marking().correct())
                .map(a -> new Missed(a, lessonsTeaching(course, a.shown().question())))
                .toList();
        Set<Lesson> revisit = new LinkedHashSet<>();
        missed.forEach(m -> revisit.addAll(m.lessons()));
        List<Lesson> inCourseOrder = course.allLessons().stream().filter(revisit::contains).toList();
        // Exact test (right/total >= pass/100) so rounding never turns a fail into a pass.
        boolean passed = total > 0 && right * 100L >= (long) quiz.passPercent() * total;
        int score = total == 0 ? 0 : right * 100 / total;
        return new QuizResult(quiz, right, total, score, passed, missed, inCourseOrder);
    }

    /** The lessons, in course order, tagged with any best practice the question tests. */
    public static List<Lesson> lessonsTeaching(Course course, Question question) {
        return course.allLessons().stream()
                .filter(l -> l.bestPractices().stream().anyMatch(question.bestPractices()::contains))
                .toList();
    }
}
