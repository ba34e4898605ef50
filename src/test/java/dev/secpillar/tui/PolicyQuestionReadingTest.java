package dev.secpillar.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.secpillar.content.CourseLoader;
import dev.secpillar.course.Course;
import dev.secpillar.course.Question;
import dev.secpillar.course.QuestionKind;
import dev.secpillar.course.Quiz;
import dev.secpillar.quiz.ShownQuestion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped policy question can be read whole, scenario included, before it is answered:
 * PgDn pages through to the end of the request, End jumps there, and no scrolling key answers.
 */
class PolicyQuestionReadingTest extends TuiTestBase {
    static Course shipped;

    @BeforeAll
    static void load() {
        shipped = CourseLoader.check(Path.of("").toAbsolutePath()).course().orElseThrow();
    }

    static Stream<Arguments> policyQuestions() {
        if (shipped == null) {
            load();
        }
        List<Arguments> out = new ArrayList<>();
        for (Quiz quiz : shipped.quizzes()) {
            for (Question q : quiz.questions()) {
                if (q.kind() == QuestionKind.POLICY_DECISION) {
                    out.add(Arguments.of(quiz.id(), q.id(), 80, 24));
                    out.add(Arguments.of(quiz.id(), q.id(), 100, 30));
                }
            }
        }
        assertThat(out).as("the course ships policy questions").isNotEmpty();
        return out.stream();
    }

    /** The course with this quiz cut down to the one question, so the pilot opens on it. */
    private static Course onlyQuestion(String quizId, String questionId) {
        Quiz quiz = shipped.quiz(quizId).orElseThrow();
        List<Question> one = quiz.questions().stream().filter(q -> q.id().equals(questionId)).toList();
        Quiz cut = new Quiz(quiz.id(), quiz.moduleId(), quiz.title(), quiz.passPercent(), one, quiz.source());
        return new Course(shipped.title(), shipped.modules(), List.of(cut), List.of());
    }

    @ParameterizedTest(name = "{1} at {2}x{3}")
    @MethodSource("policyQuestions")
    void theWholeScenarioIsReadableBeforeAnswering(String quizId, String questionId, int columns, int rows) {
        Course course = onlyQuestion(quizId, questionId);
        Pilot p = pilot(app(course), columns, rows, NO_COLOUR.withQuiz(quizId));
        Question question = course.quiz(quizId).orElseThrow().questions().get(0);
        ShownQuestion shown = ShownQuestion.of(question, 0, new dev.secpillar.app.QuizService(app(course)).exhibit(question));
        List<String> expected = QuestionView.of(shown, AnswerForm.of(shown), Optional.empty(), Chrome.bodyWidth(columns),
                dev.secpillar.i18n.Messages.of(dev.secpillar.i18n.Language.EN))
                .rows().stream()
                .map(r -> r.stream().map(Segment::text).collect(Collectors.joining()).strip())
                .filter(t -> !t.isEmpty())
                .toList();
        assertThat(expected).as("the scenario is laid out").anyMatch(t -> t.contains("\"request\""));

        Set<String> seen = new HashSet<>();
        int body = Chrome.bodyRows(rows);
        for (int page = 0; page < 40; page++) {
            p.lines().subList(Chrome.BODY_TOP, Chrome.BODY_TOP + body).forEach(l -> seen.add(l.strip()));
            if (!p.line(rows - 2).contains("↓")) {
                break;
            }
            p.press(KeyType.PageDown);
        }
        assertThat(p.line(rows - 2)).as("read to the end").endsWith("100%");
        assertThat(expected).as("every line of the question and its scenario was on screen").allMatch(
                line -> seen.stream().anyMatch(s -> s.contains(line)));
        assertThat(p.text()).as("paging answered nothing").doesNotContain("Not quite", "✓ Right");

        p.press(KeyType.Home);
        assertThat(p.shows(expected.get(0))).isTrue();
        p.press(KeyType.End);
        assertThat(p.shows(expected.get(expected.size() - 1))).as("End goes to the end\n" + p.text()).isTrue();
        assertThat(p.line(rows - 2)).endsWith("100%");
        assertThat(p.line(0)).endsWith("Question 1 of 1");
        p.press('a');
        assertThat(p.text()).containsAnyOf("✓ Right", "✗ Not quite");
    }
}
