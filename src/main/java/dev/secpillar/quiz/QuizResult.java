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
                .map(a -> new Missed(a, lessonsTeaching(course, quiz.moduleId(), a.shown().question())))
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

    /**
     * The lessons that teach this question, to revisit: of those sharing a best practice with it,
     * the ones sharing the most, the quiz's own module first, in course order. A best practice
     * touched by every lesson of a module would otherwise send the learner back to all of them.
     */
    public static List<Lesson> lessonsTeaching(Course course, String moduleId, Question question) {
        List<Lesson> all = lessonsTeaching(course, question);
        List<Lesson> own = all.stream().filter(l -> l.moduleId().equals(moduleId)).toList();
        List<Lesson> pool = own.isEmpty() ? all : own;
        java.util.function.ToLongFunction<Lesson> overlap = l -> l.bestPractices().stream()
                .filter(question.bestPractices()::contains).count();
        long best = pool.stream().mapToLong(overlap).max().orElse(0);
        // a lesson that names fewer best practices is the more focused one on this question
        List<Lesson> top = pool.stream().filter(l -> overlap.applyAsLong(l) == best).toList();
        int fewest = top.stream().mapToInt(l -> l.bestPractices().size()).min().orElse(0);
        List<Lesson> focused = top.stream().filter(l -> l.bestPractices().size() == fewest).toList();
        return focused.size() <= 2 ? focused : focused.subList(0, 2);
    }
}
