package dev.secpillar.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.content.CourseLoader;
import dev.secpillar.course.Course;
import dev.secpillar.course.Question;
import dev.secpillar.course.Quiz;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A missed question sends the learner back to the lessons that teach it, not to the whole module. */
class RevisitTest {
    @Test
    void everyShippedQuestionPointsAtOneOrTwoLessonsOfItsModule() {
        Course course = CourseLoader.check(Path.of("").toAbsolutePath()).course().orElseThrow();
        for (Quiz quiz : course.quizzes()) {
            for (Question q : quiz.questions()) {
                assertThat(QuizResult.lessonsTeaching(course, quiz.moduleId(), q)).as(q.id()).hasSizeBetween(1, 2);
            }
            // all wrong: the lessons to revisit are fewer than the module's lessons
            QuizSession s = QuizSession.start(quiz, 1, x -> Optional.empty());
            while (!s.finished()) {
                ShownQuestion c = s.current();
                Response wrong = switch (c.kind()) {
                    case SINGLE, TRUE_FALSE, POLICY_DECISION -> new Response.Pick(
                            c.question().answer().get(0) == 0 ? 1 : 0);
                    case MULTI -> new Response.Picks(java.util.List.of());
                    case ORDER -> new Response.Sequence(java.util.stream.IntStream.range(0, c.size()).map(i -> c.size() - 1 - i)
                            .boxed().toList());
                };
                s = s.answer(wrong);
            }
            QuizResult r = s.result(course);
            int lessons = course.module(quiz.moduleId()).orElseThrow().lessons().size();
            if (r.missed().size() == r.total()) {
                assertThat(r.revisit().size()).as(quiz.id()).isLessThanOrEqualTo(lessons);
            }
        }
    }
}
