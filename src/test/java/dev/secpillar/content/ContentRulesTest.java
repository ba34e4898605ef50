package dev.secpillar.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.course.Course;
import dev.secpillar.course.Step;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sources on every lesson, no dead references, and one playbook order shared by lesson, quiz and challenge. */
class ContentRulesTest {
    @TempDir
    Path dir;
    Path root;

    private static final List<CourseCheck> CHECKS = List.of(SourceCheck::check, PlaybookCheck::check);
    private static final String LESSON = "lessons/01-basics/01-first.yaml";
    private static final String PLAYBOOKS = "lessons/playbooks.yaml";
    private static final String QUIZ = "quizzes/basics.yaml";
    private static final String CHALLENGE = "lessons/01-basics/challenges/basics-challenge.yaml";
    /** The sources of a lesson that only refers to the basics challenge. */
    private static final String SEES_CHALLENGE = "sources:\n  - {see: basics-challenge}\n";

    @BeforeEach
    void copy() {
        root = Fixture.copyTo(dir);
    }

    private List<String> problems() {
        CourseLoader.Result r = CourseLoader.check(root, CHECKS);
        assertThat(r.course()).as("a course with problems must not load").isEmpty();
        String prefix = root.toAbsolutePath() + "/";
        return r.problems().stream().map(p -> p.toString().replace(prefix, "")).toList();
    }

    @Test
    void aLessonWithoutSourcesIsReportedAtItsFile() {
        Fixture.write(root, LESSON, Fixture.firstLesson("", ""));
        assertThat(problems()).containsExactly(LESSON + ":1:1: lesson 'basics-first' lists no source; add 'sources:'"
                + " with the AWS documentation page(s) its facts rest on (title and url)");
    }

    @Test
    void aSourceNamingNoLessonOrChallengeIsADeadReference() {
        Fixture.write(root, LESSON, Fixture.firstLesson("sources:\n  - {see: basics-secnod}\n  - {see: basics-challenge}\n", ""));
        assertThat(problems()).containsExactly(LESSON + ":6:11: source 'see: basics-secnod' names no lesson or challenge of the course");
    }

    @Test
    void aSourceUrlMustBeHttps() {
        Fixture.write(root, LESSON, Fixture.firstLesson("sources:\n  - {title: Docs, url: \"http://example.com\"}\n", ""));
        assertThat(problems()).containsExactly(LESSON + ":6:24: a source's 'url' must start with https://, found 'http://example.com'");
    }

    @Test
    void sourcesAreLoadedWithTheLesson() throws Exception {
        Fixture.write(root, LESSON, Fixture.firstLesson("sources:\n  - {title: Docs, url: \"https://docs.aws.amazon.com/x.html\"}\n"
                + "  - {see: basics-second}\n", ""));
        Course c = CourseLoader.load(root, CHECKS);
        assertThat(c.lesson("basics-first").orElseThrow().sources())
                .extracting(s -> s.isReference() ? "see " + s.see() : s.title() + " " + s.url())
                .containsExactly("Docs https://docs.aws.amazon.com/x.html", "see basics-second");
    }

    private void writePlaybook() {
        writePlaybook("{id: eradicate, text: Remove the cause}");
    }

    /** The basics playbook: contain the damage, {@code secondStep}, recover. */
    private void writePlaybook(String secondStep) {
        Fixture.write(root, PLAYBOOKS, """
                playbooks:
                  - id: basics
                    title: The basics
                    lesson: basics-first
                    question: basics-q3
                    challenge: basics-challenge
                    steps:
                      - {id: contain, text: Contain the damage}
                      - %s
                      - {id: recover, text: Recover}
                page_heading: "**Playbook: {title}.**"
                """.formatted(secondStep));
    }

    private void writeQuiz(String question) {
        Fixture.write(root, QUIZ, """
                id: basics
                module: basics
                questions:
                  - id: basics-q1
                    kind: single
                    prompt: Which?
                    choices: [a, b]
                    answer: 0
                    explain: a.
                    best_practices: [SEC01-BP01]
                """ + question);
    }

    private static final String PLAYBOOK_QUESTION = """
              - id: basics-q3
                kind: order
                prompt: Put the basics in order.
                playbook: basics
                explain: Contain, then remove, then recover.
                best_practices: [SEC10-BP04]
            """;

    @Test
    void lessonQuizAndChallengeReadOnePlaybook() throws Exception {
        writePlaybook();
        writeQuiz(PLAYBOOK_QUESTION);
        Fixture.write(root, LESSON, Fixture.firstLesson(SEES_CHALLENGE, "  - playbook: basics\n"));
        Course c = CourseLoader.load(root, CHECKS);
        assertThat(c.lesson("basics-first").orElseThrow().steps().get(2)).isInstanceOfSatisfying(Step.Page.class,
                p -> assertThat(p.text()).contains("**1.** Contain the damage", "**3.** Recover"));
        assertThat(c.quiz("basics").orElseThrow().questions().get(1).choices())
                .containsExactly("Contain the damage", "Remove the cause", "Recover");
    }

    @Test
    void aChallengeSolutionInAnotherOrderIsReported() {
        writePlaybook();
        writeQuiz(PLAYBOOK_QUESTION);
        Fixture.write(root, LESSON, Fixture.firstLesson(SEES_CHALLENGE, "  - playbook: basics\n"));
        Fixture.write(root, CHALLENGE, """
                id: basics-challenge
                kind: ordering
                title: Order things
                story: Put the steps in order.
                best_practices: [SEC10-BP04]
                pool:
                  - {id: contain, text: Contain the damage}
                  - {id: eradicate, text: Remove the cause}
                  - {id: recover, text: Recover}
                start: [recover]
                solution: [contain, recover, eradicate]
                cases:
                  - {name: contain first, first: contain}
                """);
        assertThat(problems()).containsExactly(CHALLENGE + ":11:1: the solution of challenge 'basics-challenge' lists"
                + " the steps of playbook 'basics' as [contain, recover, eradicate], but the playbook's order is"
                + " [contain, eradicate, recover]");
    }

    @Test
    void aQuestionWithItsOwnItemsAndALessonWithoutThePlaybookAreReported() {
        writePlaybook();
        writeQuiz("""
                  - id: basics-q3
                    kind: order
                    prompt: Put the basics in order.
                    items: [Remove the cause, Contain the damage, Recover]
                    explain: Remove first.
                    best_practices: [SEC10-BP04]
                """);
        Fixture.write(root, LESSON, Fixture.firstLesson(SEES_CHALLENGE, ""));
        assertThat(problems()).containsExactly(
                PLAYBOOKS + ":4:13: lesson 'basics-first' does not show playbook 'basics'; add a step"
                        + " '- playbook: basics' so it teaches the same order as the quiz and the challenge",
                QUIZ + ":11:5: question 'basics-q3' must ask for playbook 'basics' in its order; write"
                        + " 'playbook: basics' instead of 'items'");
    }

    @Test
    void aPlaybookStepMissingFromTheChallengePoolIsReported() {
        writePlaybook("{id: call-lawyer, text: Call the lawyer}");
        writeQuiz(PLAYBOOK_QUESTION);
        Fixture.write(root, LESSON, Fixture.firstLesson(SEES_CHALLENGE, "  - playbook: basics\n"));
        assertThat(problems()).contains(PLAYBOOKS + ":9:9: step 'call-lawyer' is not in the pool of challenge"
                + " 'basics-challenge'; the challenge must drill every step of the playbook");
    }

    @Test
    void anUnknownPlaybookIsReportedWhereItIsNamed() {
        writePlaybook();
        Fixture.write(root, LESSON, Fixture.firstLesson(SEES_CHALLENGE, "  - playbook: basix\n"));
        CourseLoader.Result r = CourseLoader.check(root, CHECKS);
        String prefix = root.toAbsolutePath() + "/";
        assertThat(r.problems().stream().map(p -> p.toString().replace(prefix, "")))
                .contains(LESSON + ":10:15: no playbook 'basix' in lessons/playbooks.yaml (known: basics)");
    }
}
