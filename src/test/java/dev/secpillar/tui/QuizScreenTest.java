package dev.secpillar.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.secpillar.app.CourseApp;
import dev.secpillar.content.CourseLoader;
import dev.secpillar.content.Fixture;
import dev.secpillar.course.Course;
import dev.secpillar.record.QuizAttempt;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Takes the fixture's five-question quiz (one question of each kind) headless, by reading the screen. */
class QuizScreenTest extends TuiTestBase {
    private static final Pattern NUMBER = Pattern.compile("(\\d+)\\. ");

    @TempDir
    Path contentDir;

    Course course() {
        try {
            return CourseLoader.load(Fixture.copyTo(contentDir));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The number shown in front of a choice. */
    static char numberOf(Pilot p, String choice) {
        Matcher m = NUMBER.matcher(p.line(p.rowOf(choice)));
        assertThat(m.find()).as("a number before " + choice).isTrue();
        return m.group(1).charAt(0);
    }

    /** Answers whichever question is on screen, rightly or wrongly. */
    static void answer(Pilot p, boolean right) {
        if (p.shows("Which credential should a build job use?")) {
            p.press(numberOf(p, right ? "A role" : "The root password"));
        } else if (p.shows("Which of these are temporary credentials?")) {
            p.press(' ');
            assertThat(p.text()).contains("[x]");
            p.press(' ');
            assertThat(p.text()).doesNotContain("[x]");
            p.press(numberOf(p, "Role session"));
            p.press(numberOf(p, right ? "Identity Center session" : "Access key"));
            p.press('\n');
        } else if (p.shows("Accounts are a strong isolation boundary.")) {
            p.press(right ? '1' : '2');
        } else if (p.shows("Put the phases in order.")) {
            List<String> items = List.of("Prepare", "Detect", "Contain", "Recover");
            for (int target = 0; target < items.size(); target++) {
                int at = Character.getNumericValue(numberOf(p, items.get(target))) - 1;
                p.press((char) ('1' + at));
                for (int i = at; i > target; i--) {
                    if (i % 2 == 0) {
                        p.press('u');
                    } else {
                        p.press(new KeyStroke(KeyType.ArrowUp, false, false, true));
                    }
                }
            }
            assertThat(p.rowOf("1. Prepare")).isLessThan(p.rowOf("2. Detect"));
            assertThat(p.rowOf("3. Contain")).isLessThan(p.rowOf("4. Recover"));
            p.press('\n');
        } else if (p.shows("The developer deletes an object.")) {
            p.press(right ? '2' : '1');
        } else {
            throw new AssertionError("unknown question on screen:\n" + p.text());
        }
    }

    @Test
    void takesAWholeQuizFromTheModuleScreenAndPasses() {
        Pilot p = pilot(app(course()), 80, 24, COLOUR);
        p.press(KeyType.ArrowDown, KeyType.ArrowDown, KeyType.Enter); // module 2, "More"
        assertThat(p.shows("Quiz: More quiz")).isTrue();
        assertThat(p.line(p.rowOf("Quiz: More quiz"))).contains("5 questions · not taken");
        p.press(KeyType.ArrowDown, KeyType.Enter);
        for (int i = 1; i <= 5; i++) {
            assertThat(p.line(0)).contains("Quiz · More quiz").endsWith("Question " + i + " of 5");
            answer(p, true);
            assertThat(p.text()).contains("✓ Right");
            assertThat(p.line(0)).as("the verdict keeps its question's number").endsWith("Question " + i + " of 5");
            p.press('\n');
        }
        assertThat(p.text()).contains("✓ Passed", "Score: 5 of 5 (100%) · pass mark 60%", "Every answer was right.");
        p.press(KeyType.Escape);
        assertThat(p.line(p.rowOf("Quiz: More quiz"))).contains("best 100% ✓");
    }

    @Test
    void missedQuestionsAreExplainedWithTheirLessonsAndComeBackForReview() {
        CourseApp app = app(course());
        Pilot p = pilot(app, 80, 24, COLOUR.withQuiz("more"));
        for (int i = 1; i <= 5; i++) {
            boolean right = !p.shows("Which credential should a build job use?");
            answer(p, right);
            if (!right) {
                assertThat(p.text()).contains("✗ Not quite. The answer is", "Roles give short-lived credentials.");
            }
            p.press('\n');
        }
        assertThat(p.text()).contains("✓ Passed", "Score: 4 of 5 (80%)", "Missed questions",
                "1. Which credential should a build job use?", "Taught in: Third lesson");
        p.press(KeyType.PageDown);
        assertThat(p.text()).contains("Lessons to revisit", "› Third lesson",
                "The missed question comes back for review in 1 day.");
        p.press('\n');
        assertThat(p.line(0)).contains("More › Third lesson");
        p.press(KeyType.Escape);
        assertThat(p.text()).contains("Lessons to revisit");

        // Every answer was recorded, with the missed one's review card.
        QuizAttempt attempt = app.snapshot().quizAttempts().get(0);
        assertThat(attempt.answers()).hasSize(5);
        assertThat(attempt.scorePercent()).contains(80);
        assertThat(app.snapshot().reviewCards()).containsOnlyKeys("more-q01");

        p.press('r');
        assertThat(p.line(0)).endsWith("Question 1 of 5");
        assertThat(app.snapshot().quizAttempts()).hasSize(2);
    }

    @Test
    void aPolicyDecisionShowsTheScenarioInColourAndTheSimulatorsReason() {
        Pilot p = pilot(app(course()), 100, 40, COLOUR.withQuiz("more"));
        while (!p.shows("The developer deletes an object.")) {
            answer(p, true);
            p.press('\n');
        }
        assertThat(p.text()).contains("\"Sid\": \"NoDeletes\"", "1. Allow", "2. Explicit deny", "3. Implicit deny");
        assertThat(p.cellAt("\"Effect\"").getForegroundColor()).isEqualTo(TextColor.ANSI.CYAN);
        assertThat(p.cellAt("\"Deny\"").getForegroundColor()).isEqualTo(TextColor.ANSI.GREEN);
        p.press('3');
        assertThat(p.text()).contains("✗ Not quite: AWS decides Explicit deny, not Implicit deny.",
                "Simulator: Explicit deny: identityPolicies[0] statement NoDeletes");
    }

    @Test
    void aSelectAllQuestionNeedsATickBeforeEnterAndStrayKeysAreHarmless() {
        Pilot p = pilot(app(course()), 80, 24, COLOUR.withQuiz("more"));
        while (!p.shows("Which of these are temporary credentials?")) {
            answer(p, true);
            p.press('\n');
        }
        p.press('\n');
        assertThat(p.text()).contains("Tick at least one choice");
        p.press('9', 'x', 'u', 'd').press(KeyType.F3, KeyType.Tab);
        assertThat(p.text()).contains("There is no choice 9").doesNotContain("Right", "Not quite");
        p.press(' ');
        assertThat(p.text()).contains("[x]");
    }

    @Test
    void answersAndTheBestScoreSurviveARestart() {
        CourseApp first = app(course());
        Pilot p = pilot(first, 80, 24, COLOUR.withQuiz("more"));
        for (int i = 0; i < 5; i++) {
            answer(p, true);
            p.press('\n');
        }
        p.close();
        CourseApp second = app(course());
        assertThat(second.snapshot().bestScore("more")).contains(100);
        Pilot again = pilot(second, 80, 24, COLOUR);
        again.press(KeyType.ArrowDown, KeyType.ArrowDown, KeyType.Enter);
        assertThat(again.line(again.rowOf("Quiz: More quiz"))).contains("best 100% ✓");
    }

    @Test
    void lettersAnswerAsInLineModeTrueFalseAndPolicyDecisions() {
        Pilot p = pilot(app(course()), 80, 24, COLOUR.withQuiz("more"));
        boolean sawTrueFalse = false;
        boolean sawPolicy = false;
        for (int i = 0; i < 5; i++) {
            if (p.shows("Accounts are a strong isolation boundary.")) {
                assertThat(p.line(23)).contains("t f true, false");
                p.press('t');
                assertThat(p.text()).contains("✓ Right");
                sawTrueFalse = true;
            } else if (p.shows("The developer deletes an object.")) {
                assertThat(p.line(23)).contains("a e i");
                p.press('x', 'i');
                assertThat(p.text()).contains("✗ Not quite: AWS decides Explicit deny, not Implicit deny.");
                sawPolicy = true;
            } else {
                answer(p, true);
            }
            p.press('\n');
        }
        assertThat(sawTrueFalse && sawPolicy).isTrue();
    }

    @Test
    void aSittingLeftHalfWayIsOfferedAgainAndResumesAtItsNextQuestion() {
        Course course = course();
        CourseApp first = app(course);
        Pilot p = pilot(first, 80, 24, COLOUR.withQuiz("more"));
        answer(p, true);
        p.press('\n');
        List<String> asked = new java.util.ArrayList<>();
        answer(p, false);
        asked.add(p.line(2));
        p.press('\n');
        String third = p.line(2);
        p.press(KeyType.Escape);
        assertThat(p.line(0)).as("Esc leaves to home").doesNotContain("Quiz ·");
        p.close();

        Pilot again = pilot(app(course), 80, 24, COLOUR);
        again.press(KeyType.ArrowDown, KeyType.ArrowDown, KeyType.Enter);
        assertThat(again.line(again.rowOf("Quiz: More quiz"))).contains("resume at question 3");
        again.press(KeyType.ArrowDown, KeyType.Enter);
        assertThat(again.text()).contains("2 of 5 questions answered,",
                "1. Resume (question 3 of 5)", "2. Start over");
        again.press('1');
        assertThat(again.line(0)).endsWith("Question 3 of 5");
        assertThat(again.line(2)).as("the same question as before").isEqualTo(third);
        assertThat(again.text()).contains("Resumed: 2 answered,");
        for (int i = 3; i <= 5; i++) {
            answer(again, true);
            again.press('\n');
        }
        assertThat(again.text()).contains("Score: ", " of 5 (");
        assertThat(app(course).snapshot().attempts("more")).hasSize(1);
    }

    @Test
    void startOverBeginsANewSittingAndTheOldOneIsNotOfferedAgain() {
        Course course = course();
        Pilot p = pilot(app(course), 80, 24, COLOUR.withQuiz("more"));
        answer(p, true);
        p.press('\n').press(KeyType.Escape);
        p.close();
        Pilot again = pilot(app(course), 80, 24, COLOUR.withQuiz("more"));
        assertThat(again.text()).contains("1. Resume (question 2 of 5)");
        again.press(KeyType.ArrowDown, KeyType.Enter);
        assertThat(again.line(0)).endsWith("Question 1 of 5");
        answer(again, true);
        again.press('\n').press(KeyType.Escape);
        again.close();
        Pilot third = pilot(app(course), 80, 24, COLOUR.withQuiz("more"));
        assertThat(third.text()).contains("1. Resume (question 2 of 5)");
        assertThat(app(course).snapshot().attempts("more")).hasSize(2);
    }

    @Test
    void theSummaryAlignsNumbersFromTenOn() {
        List<dev.secpillar.course.Question> qs = new java.util.ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            qs.add(new dev.secpillar.course.Question("q" + i, dev.secpillar.course.QuestionKind.SINGLE, "Question " + i + "?",
                    List.of("Right", "Wrong"), List.of(0), "Because.", List.of(), java.util.Map.of(),
                    dev.secpillar.course.Positions.NONE));
        }
        Course base = TestCourses.course();
        dev.secpillar.course.Quiz quiz = new dev.secpillar.course.Quiz("long", "foundations", "Long quiz", 50, qs,
                new dev.secpillar.course.SourceRef("long.yaml", 1, 1));
        Course course = new Course(base.title(), base.modules(), List.of(quiz), List.of());
        Pilot p = pilot(app(course), 80, 24, COLOUR.withQuiz("long"));
        for (int i = 0; i < 11; i++) {
            p.press(numberOf(p, "Wrong")).press('\n');
        }
        String all = p.text();
        while (!p.shows(" 9. ")) {
            p.press(KeyType.PageDown);
        }
        assertThat(p.text()).contains(" 9. Question");
        while (!p.shows("11. ")) {
            p.press(KeyType.PageDown);
        }
        int col11 = p.find("11. Question").orElseThrow().getColumn();
        p.press(KeyType.PageUp);
        while (!p.shows("10. ")) {
            p.press(KeyType.PageDown);
        }
        assertThat(p.find("10. Question").orElseThrow().getColumn()).isEqualTo(col11);
        assertThat(all).contains("Missed questions");
    }
}
