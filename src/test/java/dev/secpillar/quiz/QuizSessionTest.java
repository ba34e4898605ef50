package dev.secpillar.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.course.Course;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.Question;
import dev.secpillar.course.QuestionKind;
import dev.secpillar.course.Quiz;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QuizSessionTest {
    private static final Quiz QUIZ = Questions.quiz(60,
            Questions.single("q1", 1, "SEC01-BP01"),
            Questions.multi("q2", List.of(0, 2), "SEC01-BP02"),
            Questions.trueFalse("q3", true, "SEC03-BP02"),
            Questions.order("q4", "SEC01-BP07"),
            Questions.policy("q5", 2, "SEC03-BP05"));

    private static QuizSession start(long seed) {
        return QuizSession.start(QUIZ, seed, q -> Optional.empty());
    }

    private static List<String> asked(QuizSession s) {
        return s.questions().stream().map(q -> q.question().id() + q.choices()).toList();
    }

    @Test
    void theSameSeedAsksTheSameQuestionsInTheSameOrderWithTheSameChoiceOrder() {
        assertThat(asked(start(42))).isEqualTo(asked(start(42)));
        assertThat(IntStream.range(0, 20).mapToObj(i -> asked(start(i))).distinct().count()).isGreaterThan(10);
    }

    @Test
    void theOrderIsFixedForAGivenSeedAcrossRuns() {
        // Random and Collections.shuffle are specified algorithms: this order must never change.
        assertThat(start(7).questions()).extracting(q -> q.question().id()).containsExactly("q5", "q4", "q1", "q3", "q2");
    }

    @Test
    void trueFalseAndPolicyChoicesKeepTheirOrderAndOrderItemsNeverShowTheAnswer() {
        for (long seed = 0; seed < 200; seed++) {
            for (ShownQuestion q : start(seed).questions()) {
                if (q.kind() == QuestionKind.TRUE_FALSE || q.kind() == QuestionKind.POLICY_DECISION) {
                    assertThat(q.order()).isSorted();
                }
                if (q.kind() == QuestionKind.ORDER) {
                    assertThat(q.order()).isNotEqualTo(List.of(0, 1, 2, 3, 4));
                }
            }
        }
    }

    @Test
    void progressCountsQuestionsAndTheSessionIsAValue() {
        QuizSession s = start(1);
        assertThat(s.progress()).isEqualTo("Question 1 of 5");
        QuizSession next = s.answer(rightAnswer(s.current()));
        assertThat(next.progress()).isEqualTo("Question 2 of 5");
        assertThat(s.progress()).isEqualTo("Question 1 of 5");
        assertThat(next.last()).hasValueSatisfying(a -> assertThat(a.marking().correct()).isTrue());
    }

    @Test
    void allRightPassesWithFullMarksAndNothingToRevisit() {
        QuizSession s = start(3);
        while (!s.finished()) {
            s = s.answer(rightAnswer(s.current()));
        }
        QuizResult r = s.result(Questions.course(QUIZ));
        assertThat(r.scorePercent()).isEqualTo(100);
        assertThat(r.passed()).isTrue();
        assertThat(r.missed()).isEmpty();
        assertThat(r.revisit()).isEmpty();
    }

    @Test
    void theSummaryListsMissedQuestionsWithTheLessonsThatTeachThemMostClosely() {
        QuizSession s = start(5);
        while (!s.finished()) {
            String id = s.current().question().id();
            s = s.answer(id.equals("q1") || id.equals("q3") ? wrongAnswer(s.current()) : rightAnswer(s.current()));
        }
        Course course = Questions.course(QUIZ);
        QuizResult r = s.result(course);
        assertThat(r.right()).isEqualTo(3);
        assertThat(r.scorePercent()).isEqualTo(60);
        assertThat(r.passed()).isTrue(); // 3/5 = 60% meets a 60% mark
        assertThat(r.missed()).extracting(m -> m.question().id()).containsExactlyInAnyOrder("q1", "q3");
        QuizResult.Missed q1 = r.missed().stream().filter(m -> m.question().id().equals("q1")).findFirst().orElseThrow();
        // of the lessons sharing its best practice, the one most focused on it (threats also covers SEC01-BP07)
        assertThat(q1.lessons()).extracting(Lesson::id).containsExactly("accounts");
        assertThat(q1.question().explain()).isEqualTo("Because of q1.");
        assertThat(r.revisit()).extracting(Lesson::id).containsExactly("accounts", "least");
    }

    @Test
    void theScoreIsRoundedDownAndThePassMarkIsExact() {
        Quiz quiz = Questions.quiz(67, Questions.single("a", 0), Questions.single("b", 0), Questions.single("c", 0));
        QuizSession s = QuizSession.start(quiz, 9, q -> Optional.empty());
        s = s.answer(new Response.Pick(0)).answer(new Response.Pick(0)).answer(new Response.Pick(1));
        QuizResult r = s.result(Questions.course(quiz));
        assertThat(r.scorePercent()).isEqualTo(66);
        assertThat(r.passed()).isFalse(); // 2/3 = 66.7% < 67%
    }

    static Response rightAnswer(ShownQuestion q) {
        Question question = q.question();
        return switch (question.kind()) {
            case SINGLE, TRUE_FALSE, POLICY_DECISION -> new Response.Pick(question.answer().get(0));
            case MULTI -> new Response.Picks(question.answer());
            case ORDER -> new Response.Sequence(question.answer());
        };
    }

    static Response wrongAnswer(ShownQuestion q) {
        Question question = q.question();
        return switch (question.kind()) {
            case SINGLE, TRUE_FALSE, POLICY_DECISION -> new Response.Pick((question.answer().get(0) + 1) % q.size());
            case MULTI -> new Response.Picks(List.of());
            case ORDER -> new Response.Sequence(IntStream.range(0, q.size()).map(i -> q.size() - 1 - i).boxed().toList());
        };
    }
}
