package dev.secpillar.plain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.cli.CliHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Line mode driven through a pipe, as a script or a screen reader would. */
class PlainModeTest extends CliHarness {

    @Test
    void aWholeLessonThroughAPipe() {
        // home: module 1, lesson 1; step 1 Enter; check: answer 2 (wrong) then Enter; step 3 Enter finishes
        Run r = feed("1\n1\n\n2\n\n\nb\nq\n", "--plain");
        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .contains("Fixture course", "1. Basics (0 of 2 lessons done)", "c. Continue: First lesson")
                .contains("First lesson - step 1 of 3", "Accounts are boundaries. Use AWS Organizations.", "\u2022 one account per workload")
                .contains("Check: What is an account?", "  1. A boundary", "  2. A password")
                .contains("Not quite. The answer is 1: A boundary.", "An account isolates resources and permissions.")
                .contains("Lesson complete: First lesson.", "Next up: Second lesson.")
                .contains("1. [done] First lesson")
                .contains("Goodbye. Your progress is saved.")
                .doesNotContain("\u001b[");
        assertThat(run("progress").out()).contains("1 of 3 lessons done");
    }

    @Test
    void invalidInputGetsAHintNotACrash() {
        Run r = feed("9\nzz\n1\n99\nb\nq\n", "--plain");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Please type a number from 1 to 2, c or q.")
                .contains("Please type a number from 1 to 4, b or q.");
    }

    @Test
    void endOfInputQuitsCleanly() {
        Run r = feed("1\n", "--plain");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Goodbye.");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void continueResumesWhereTheLearnerLeft() {
        feed("c\nb\nq\n", "--plain"); // saw step 1 of the first lesson, then left
        Run r = feed("c\nq\n", "--plain");
        assertThat(r.out()).contains("c. Continue: First lesson", "First lesson - step 2 of 3");
    }

    @Test
    void progressSurvivesARestart() {
        feed("c\n\n1\n\n\nq\n", "--plain");
        Run second = feed("q\n", "--plain");
        assertThat(second.out()).contains("1. Basics (1 of 2 lessons done)", "c. Continue: Second lesson");
    }

    @Test
    void aModuleMenuListsItsChallengesWithKindStatusAndTime() {
        Run r = feed("1\nb\nq\n", "--plain");
        assertThat(r.out()).contains("2. Second lesson (2 min + a challenge of about", "Challenges:",
                "3. Order things (response plan; not started; about 10 min)",
                "4. Read the reports, nothing else (IAM policy; not started; about 10 min)",
                "Choose a lesson or challenge number");
    }

    @Test
    void aSavedDraftShowsHowManyCasesItPasses() throws Exception {
        java.nio.file.Path answers = data.resolve("answers");
        java.nio.file.Files.createDirectories(answers);
        java.nio.file.Files.writeString(answers.resolve("basics-policy.json"), """
                {"Version": "2012-10-17", "Statement": [
                  {"Sid": "All", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}
                """);
        Run r = feed("1\nb\nq\n", "--plain");
        assertThat(r.out()).contains("4. Read the reports, nothing else (IAM policy; 3 of 4 cases; about 10 min)");
    }

    @Test
    void theFirstHintAsksWhenItWouldCostABadge() throws Exception {
        java.nio.file.Files.writeString(content.resolve("lessons/course.yaml"), """
                  - id: clean
                    name: Clean Hands
                    description: The policy challenge, unaided.
                    criteria: {challenges: {ids: [basics-policy], no_hints: true}}
                """, java.nio.file.StandardOpenOption.APPEND);
        Run r = feed("h\nn\nh\ny\nb\n", "challenge", "basics-policy", "--plain");
        assertThat(r.prose()).contains("A hint means this challenge won't count for Clean Hands, which needs clean passes"
                + " (no hints, no give-up). Take it?", "Hint 1 of 2: Name the action s3:GetObject.");
        assertThat(r.out().indexOf("Hint 1 of 2")).as("the first answer, n, took no hint")
                .isGreaterThan(r.out().lastIndexOf("Take it?"));
        assertThat(run("badges").out()).contains("clean passes (no hints, no give-up)");
    }

    @Test
    void anUnansweredCheckLetsTheLearnerGoBackAndReopeningDoesNotTrapThem() {
        Run r = feed("1\n1\n\np\n\nb\nb\nq\n", "--plain");
        assertThat(r.out()).contains("Your answer (1-2), p for the previous step, b to leave: ");
        assertThat(r.out().split("First lesson - step 1 of 3", -1)).as("p went back to step 1").hasSize(3);
        Run again = feed("1\n1\np\np\nb\nb\nq\n", "--plain");
        assertThat(again.out()).contains("First lesson - step 2 of 3", "First lesson - step 1 of 3");
    }

    @Test
    void codeIsPrintedAsIndentedTextBetweenMarkersAndTitlesAreNotUnderlined() throws Exception {
        Path lesson = content.resolve("lessons/01-basics/01-first.yaml");
        java.nio.file.Files.writeString(lesson, java.nio.file.Files.readString(lesson).replace(
                "      - one per environment\n", "      - one per environment\n\n      ```json\n      {\"Effect\": \"Allow\"}\n      ```\n"));
        Run r = feed("1\n1\nb\nb\nq\n", "--plain");
        assertThat(r.out()).contains("Code (json):\n    {\"Effect\": \"Allow\"}\nEnd of code.")
                .doesNotContain("┌", "│", "=====");
    }

    @Test
    void progressCountsHintsAndGiveUps() {
        feed("h\nh\ng\ny\nb\n", "challenge", "basics-policy", "--plain");
        assertThat(run("progress").out()).contains("challenges 0 of 2 passed (2 hints, 1 given up)",
                "Streak: 1 day in a row now; longest run 1 day; active on 1 day in all.");
    }
}
