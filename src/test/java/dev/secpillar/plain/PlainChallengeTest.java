package dev.secpillar.plain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.cli.CliHarness;
import dev.secpillar.content.Fixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The challenge workspace in line mode, driven through a pipe. */
class PlainChallengeTest extends CliHarness {
    static final String SOLUTION = Fixture.BASICS_POLICY_SOLUTION;

    private Path answers() {
        return data.resolve("answers");
    }

    @Test
    void theStartIsWrittenCheckedHintedAndGivenUp() throws IOException {
        Run r = feed("\nh\nh\nh\ns\n2\ng\ny\nb\n", "challenge", "basics-policy", "--plain");
        Path file = answers().resolve("basics-policy.json");
        assertThat(r.exit()).isZero();
        assertThat(Files.readString(file)).contains("\"Sid\": \"All\"");
        assertThat(r.out())
                .contains("Challenge: Read the reports, nothing else", "Alice needs to read the quarterly reports",
                        "You write: the identity policy (JSON).")
                .contains("\u2717  2. cannot change reports: s3:PutObject: expected deny, got allow", "1 of 4 cases pass.")
                .contains("Hint 1 of 2: Name the action s3:GetObject.", "Hint 2 of 2: The reports are under",
                        "No more hints.")
                .contains("The solution is shown once you pass, or after you give up (g).")
                .contains("Case 2: cannot change reports: s3:PutObject", "  action    s3:PutObject", "  must be   deny")
                .contains("Give up and see the solution? It is recorded.", "The author's solution:",
                        "      \"Sid\": \"ReadReports\",")
                .doesNotContain("\u001b[");
        assertThat(r.prose()).contains("Your answer is in " + file);
        Run again = feed("b\n", "challenge", "basics-policy", "--plain");
        assertThat(again.out()).contains("Continuing with your saved draft.", "Hint 1: Name the action",
                "Hint 2: The reports are under");
    }

    @Test
    void aPassingAnswerUnlocksTheSolution() throws IOException {
        Files.createDirectories(answers());
        Files.writeString(answers().resolve("basics-policy.json"), SOLUTION);
        Run r = feed("\ns\nb\n", "challenge", "basics-policy", "--plain");
        assertThat(r.out()).contains("Continuing with your saved draft.", "4 of 4 cases pass. Passed!",
                "Well done. Press s to compare", "The author's solution:", "\"Sid\": \"ReadReports\"");
    }

    @Test
    void aBrokenAnswerIsShownWithItsPositionAndTheLoopGoesOn() throws IOException {
        Files.createDirectories(answers());
        Files.writeString(answers().resolve("basics-policy.json"), "{\"Version\": \"2012-10-17\",\n\"Statement\": [}\n");
        Run r = feed("\nl\nzz\nb\n", "challenge", "basics-policy", "--plain");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\u2717 basics-policy.json:2:15: JSON syntax error",
                "The answer could not be read, so no case was checked.",
                "Press Enter to check your answer first.");
    }

    @Test
    void aDeletedAnswerFileIsExplainedAndRestartWritesItAgain() throws IOException {
        Run r = feed("r\ny\n\nb\n", "challenge", "basics-challenge", "--plain");
        assertThat(r.out()).contains("The starting answer is back in", "expected contain first, got recover first");
        Files.delete(answers().resolve("basics-challenge.yaml"));
        Run missing = feed("\nb\n", "challenge", "basics-challenge", "--plain");
        assertThat(missing.out()).contains("Your answer is in");
        Files.delete(answers().resolve("basics-challenge.yaml"));
        assertThat(feed("", "challenge", "basics-challenge", "--plain").exit()).isZero();
    }

    @Test
    void aLessonsChallengeStepOpensTheWorkspace() {
        Run r = feed("\n1\n\nt\n\nb\nb\n", "lesson", "basics-second", "--plain");
        assertThat(r.out()).contains("Challenge: Order things", "Not tried yet.",
                "t to try the challenge, Enter to finish the lesson", "  eradicate: Remove the cause",
                "\u2717  1. contain first: expected contain first, got recover first", "Not passed yet.");
    }

    @Test
    void anAnswerPastedHereBecomesTheDraftIsCheckedAndTheOneBeforeIsKept() throws IOException {
        Run r = feed("p\n" + SOLUTION + ".\nv\nb\n", "challenge", "basics-policy", "--plain");
        Path file = answers().resolve("basics-policy.json");
        assertThat(r.exit()).isZero();
        assertThat(Files.readString(file)).isEqualTo(SOLUTION);
        assertThat(r.prose()).contains("or type p to paste a new answer here",
                "Your draft is now what you pasted (2 lines); the one before is kept in its history.");
        assertThat(r.out()).contains(
                        "Paste or type your answer, then a line with only a dot (.) to finish:",
                        "4 of 4 cases pass. Passed!",
                        "1 | {\"Version\": \"2012-10-17\",", "2 |  \"Statement\": [{\"Effect\": \"Allow\"");
        // the starting answer it replaced is the first version in the history, the pasted one the last
        Run history = run("challenge", "basics-policy", "--history");
        assertThat(history.out()).containsSubsequence("#1 ", "1/4", "#2 ", "passed (4/4)");
    }

    @Test
    void aPasteTooLongIsRefusedAndTheDraftStaysAsItWas() throws IOException {
        feed("b\n", "challenge", "basics-policy", "--plain");
        Path file = answers().resolve("basics-policy.json");
        String before = Files.readString(file);
        String big = ("\"" + "x".repeat(1022) + "\"\n").repeat(1100);
        Run r = feed("p\n" + big + ".\nb\n", "challenge", "basics-policy", "--plain");
        assertThat(r.exit()).isZero();
        assertThat(r.prose()).contains("That answer is longer than 1024 KiB, so it was not kept; your draft is as it was.")
                .doesNotContain("Please type a case number");
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void whenInputEndsMidPasteWhatCameIsSaved() throws IOException {
        Run r = feed("p\n{\"Version\": \"2012-10-17\",\n", "challenge", "basics-policy", "--plain");
        assertThat(r.exit()).isZero();
        assertThat(Files.readString(answers().resolve("basics-policy.json"))).isEqualTo("{\"Version\": \"2012-10-17\",\n");
        Run empty = feed("p\n.\nb\n", "challenge", "basics-policy", "--plain");
        assertThat(empty.out()).contains("Nothing was pasted; your draft is as it was.");
    }
}
