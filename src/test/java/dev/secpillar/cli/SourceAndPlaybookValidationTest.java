package dev.secpillar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.content.Fixture;
import org.junit.jupiter.api.Test;

/** validate reports a lesson without sources, a dead source reference and a playbook the challenge contradicts. */
class SourceAndPlaybookValidationTest extends CliHarness {
    private static final String LESSON = "lessons/01-basics/01-first.yaml";

    @Test
    void aLessonWithoutSourcesAndADeadReferenceAreLocated() {
        Fixture.write(content, LESSON, Fixture.firstLesson("", ""));
        Fixture.write(content, "lessons/02-more/01-third.yaml", """
                id: more-third
                title: Third
                best_practices: [SEC01-BP01]
                minutes: 3
                sources:
                  - see: basics-frist
                steps:
                  - page: hi
                  - check: {prompt: p, choices: [a, b], answer: 0, explain: e}
                """);
        Run r = run("validate", content.toString());
        assertThat(r.exit()).isEqualTo(65);
        assertThat(r.out()).contains(
                content.resolve(LESSON) + ":1:1: lesson 'basics-first' lists no source",
                content.resolve("lessons/02-more/01-third.yaml")
                        + ":6:10: source 'see: basics-frist' names no lesson or challenge of the course");
    }

    @Test
    void aChallengeThatContradictsItsPlaybookIsLocatedAtItsSolution() {
        Fixture.write(content, "lessons/playbooks.yaml", """
                playbooks:
                  - id: basics
                    title: the basics
                    lesson: basics-first
                    question: basics-q9
                    challenge: basics-challenge
                    steps:
                      - {id: contain, text: Contain the damage}
                      - {id: recover, text: Recover}
                      - {id: eradicate, text: Remove the cause}
                page_heading: "**Playbook: {title}.**"
                """);
        Fixture.write(content, LESSON, Fixture.firstLesson("sources:\n  - {see: basics-challenge}\n", "  - playbook: basics\n"));
        Fixture.write(content, "quizzes/basics.yaml", """
                id: basics
                module: basics
                questions:
                  - id: basics-q9
                    kind: order
                    prompt: In order?
                    playbook: basics
                    explain: e
                    best_practices: [SEC10-BP04]
                """);
        Run r = run("validate", content.toString());
        assertThat(r.exit()).isEqualTo(65);
        String challenge = content.resolve("lessons/01-basics/challenges/basics-challenge.yaml").toString();
        assertThat(r.out()).contains(challenge + ":13:1: the solution of challenge 'basics-challenge' lists the"
                + " steps of playbook 'basics' as [contain, eradicate, recover], but the playbook's order is"
                + " [contain, recover, eradicate]");
    }

    @Test
    void listJsonNamesEachLessonsSources() throws Exception {
        Run r = run("list", "--json");
        assertThat(r.exit()).isZero();
        var lesson = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out()).at("/modules/0/lessons/0");
        assertThat(lesson.at("/sources/0/title").asText()).isEqualTo("AWS Well-Architected Framework: Security Pillar");
        assertThat(lesson.at("/sources/0/url").asText())
                .isEqualTo("https://docs.aws.amazon.com/wellarchitected/latest/security-pillar/welcome.html");
    }
}
