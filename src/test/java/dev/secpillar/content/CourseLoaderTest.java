package dev.secpillar.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.course.Course;
import dev.secpillar.course.QuestionKind;
import dev.secpillar.course.Step;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseLoaderTest {
    @TempDir
    Path dir;
    Path root;

    @BeforeEach
    void copy() {
        root = Fixture.copyTo(dir);
    }

    private List<String> problems() {
        CourseLoader.Result r = CourseLoader.check(root);
        assertThat(r.course()).as("a course with problems must not load").isEmpty();
        String prefix = root.toAbsolutePath() + "/";
        return r.problems().stream().map(p -> p.toString().replace(prefix, "")).toList();
    }

    private static final String LESSON = "lessons/01-basics/01-first.yaml";

    @Test
    void loadsTheWholeFixtureInOrder() throws Exception {
        Course c = CourseLoader.load(root);
        assertThat(c.modules()).extracting(m -> m.id()).containsExactly("basics", "more");
        assertThat(c.module("basics").orElseThrow().lessons()).extracting(l -> l.id())
                .containsExactly("basics-first", "basics-second");
        assertThat(c.lesson("basics-first").orElseThrow().steps()).hasSize(3)
                .element(1).isInstanceOf(Step.Check.class);
        assertThat(c.challenge("basics-challenge").orElseThrow().spec()).containsKey("pool");
        assertThat(c.quiz("basics").orElseThrow().questions()).extracting(q -> q.kind())
                .containsExactly(QuestionKind.SINGLE, QuestionKind.TRUE_FALSE);
        assertThat(c.quiz("basics").orElseThrow().questions().get(1).answer()).containsExactly(1);
    }

    @Test
    void yamlSyntaxErrorIsLocated() {
        Fixture.write(root, LESSON, "id: basics-first\ntitle: [unclosed\nminutes: 3\n");
        assertThat(problems()).singleElement().asString()
                .startsWith(LESSON + ":3:").contains("YAML syntax error");
    }

    @Test
    void wrongTypeIsLocated() {
        Fixture.write(root, LESSON, """
                id: basics-first
                title: First
                best_practices: [SEC01-BP01]
                minutes: soon
                steps:
                  - page: hi
                  - check: {prompt: p, choices: [a, b], answer: 0, explain: e}
                """);
        assertThat(problems()).containsExactly(LESSON + ":4:10: 'minutes' must be a whole number, found text");
    }

    @Test
    void lessonSourcesAreReadAndMustBeWebAddresses() throws Exception {
        String lesson = Fixture.firstLesson("""
                sources:
                  - title: "IAM User Guide: security best practices"
                    url: https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html
                  - see: basics-second
                """, "");
        Fixture.write(root, LESSON, lesson);
        assertThat(CourseLoader.check(root).problems()).isEmpty();

        Fixture.write(root, LESSON, lesson.replace("https://docs.aws", "docs.aws"));
        assertThat(problems()).singleElement().asString()
                .startsWith(LESSON + ":7:")
                .contains("a source's 'url' must start with https://");
    }

    @Test
    void unknownKeyIsNamedWithItsPosition() {
        Fixture.write(root, LESSON, """
                id: basics-first
                title: First
                best_practices: [SEC01-BP01]
                minutes: 3
                colour: red
                steps:
                  - page: hi
                  - check: {prompt: p, choices: [a, b], answer: 0, explain: e}
                """);
        assertThat(problems()).singleElement().asString()
                .startsWith(LESSON + ":5:1: unknown key 'colour' in a lesson");
    }

    @Test
    void duplicateKeyIsRefused() {
        Fixture.write(root, LESSON, """
                id: basics-first
                id: again
                title: First
                """);
        assertThat(problems()).anyMatch(p -> p.startsWith(LESSON + ":2:") && p.contains("duplicate"));
    }

    @Test
    void duplicateIdNamesBothPlaces() {
        Fixture.write(root, "lessons/02-more/01-third.yaml", """
                id: basics-first
                title: Third
                best_practices: [SEC02-BP02]
                minutes: 2
                steps:
                  - check: {prompt: p, choices: [a, b], answer: 0, explain: e}
                """);
        assertThat(problems()).singleElement().asString()
                .isEqualTo("lessons/02-more/01-third.yaml:1:1: duplicate lesson id 'basics-first' (first used at "
                        + LESSON + ":1:1)");
    }

    @Test
    void customTagIsRefusedNotConstructed() {
        Fixture.write(root, LESSON, """
                id: basics-first
                title: !!java.io.File /etc/passwd
                best_practices: [SEC01-BP01]
                minutes: 3
                steps:
                  - check: {prompt: p, choices: [a, b], answer: 0, explain: e}
                """);
        assertThat(problems()).singleElement().asString()
                .startsWith(LESSON + ":2:8: tag tag:yaml.org,2002:java.io.File is not allowed");
    }

    @Test
    void aliasBombIsRefused() {
        StringBuilder y = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'k'; c++) {
            y.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 10; i++) {
                y.append(i == 0 ? "" : ", ").append('*').append(prev);
            }
            y.append("]\n");
            prev = c;
        }
        Fixture.write(root, LESSON, y.toString());
        assertThat(problems()).singleElement().asString()
                .startsWith(LESSON + ":").contains("aliases");
    }

    @Test
    void hugeFileIsRefusedBeforeReading() throws Exception {
        Path big = root.resolve(LESSON);
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        assertThat(problems()).containsExactly(LESSON + ":1:1: file is 51200 KiB; content files may be at most 1024 KiB");
    }

    @Test
    void missingChallengeReferenceIsReported() {
        Fixture.write(root, "lessons/01-basics/02-second.yaml", """
                id: basics-second
                title: Second
                best_practices: [SEC01-BP02]
                minutes: 2
                steps:
                  - check: {prompt: p, choices: [a, b], answer: 1, explain: e}
                  - challenge: no-such-thing
                """);
        assertThat(problems()).singleElement().asString()
                .startsWith("lessons/01-basics/02-second.yaml:7:16: no challenge 'no-such-thing'");
    }

    @Test
    void unknownBestPracticeIsReported() {
        Fixture.write(root, "lessons/02-more/01-third.yaml", """
                id: more-third
                title: Third
                best_practices: [SEC02-BP02, SEC12-BP01]
                minutes: 2
                steps:
                  - check: {prompt: p, choices: [a, b], answer: 0, explain: e}
                """);
        assertThat(problems()).containsExactly("lessons/02-more/01-third.yaml:3:30: 'SEC12-BP01' is not a best practice "
                + "of the pillar map (ids look like SEC03-BP02)");
    }

    @Test
    void checkAnswerOutOfRangeIsReported() {
        Fixture.write(root, "lessons/02-more/01-third.yaml", """
                id: more-third
                title: Third
                best_practices: [SEC02-BP02]
                minutes: 2
                steps:
                  - check: {prompt: p, choices: [a, b], answer: 2, explain: e}
                """);
        assertThat(problems()).containsExactly("lessons/02-more/01-third.yaml:6:49: 'answer' must be between 0 and 1, found 2");
    }

    @Test
    void lessonWithoutCheckOrTooManyStepsIsReported() {
        StringBuilder steps = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            steps.append("  - page: p").append(i).append('\n');
        }
        Fixture.write(root, "lessons/02-more/01-third.yaml", "id: more-third\ntitle: T\nbest_practices: [SEC02-BP02]\n"
                + "minutes: 2\nsteps:\n" + steps);
        assertThat(problems()).anyMatch(p -> p.contains("at most 10 steps"))
                .anyMatch(p -> p.contains("at least one 'check' step"));
    }

    @Test
    void quizProblemsAreReported() {
        Fixture.write(root, "quizzes/basics.yaml", """
                id: basics
                module: nowhere
                questions:
                  - id: q1
                    kind: multi
                    prompt: p
                    choices: [a, b]
                    answer: []
                    explain: e
                    best_practices: [SEC01-BP01]
                  - id: q2
                    kind: order
                    prompt: p
                    items: [a, b, a]
                    explain: e
                    best_practices: [SEC01-BP01]
                  - id: q3
                    kind: essay
                    prompt: p
                    explain: e
                    best_practices: [SEC01-BP01]
                """);
        assertThat(problems()).anyMatch(p -> p.contains("a multi question needs at least one correct choice"))
                .anyMatch(p -> p.contains("item 'a' appears twice"))
                .anyMatch(p -> p.contains(":18:11: unknown question kind 'essay'"));
    }

    @Test
    void textIsNormalizedToNfc() throws Exception {
        Fixture.write(root, "lessons/02-more/01-third.yaml", """
                id: more-third
                title: "Cafe\\u0301"
                best_practices: [SEC02-BP02]
                minutes: 2
                steps:
                  - check: {prompt: p, choices: [a, b], answer: 0, explain: e}
                """);
        assertThat(CourseLoader.load(root).lesson("more-third").orElseThrow().title()).isEqualTo("Caf\u00e9");
    }
}
