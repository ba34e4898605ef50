package dev.secpillar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Input from outside is bounded and never reaches the terminal raw. */
class HardenedInputTest extends CliHarness {
    @Test
    void anOversizedPolicyOrScenarioOrCredentialIsOneLineAndExit65() throws Exception {
        Path big = temp.resolve("big.json");
        Files.write(big, new byte[BoundedInput.DOCUMENT_BYTES + 10]);
        for (String[] args : new String[][] {{"simulate", big.toString()}, {"lint", big.toString()},
                {"badges", "verify", big.toString()}}) {
            Run r = run(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(65);
            assertThat(r.err().strip()).as(String.join(" ", args)).contains("larger than 1 MiB").hasLineCount(1);
        }
    }

    @Test
    void anEndlessBatchLineStopsAtTheLimit() {
        Run r = feed("x".repeat(BoundedInput.LINE_CHARS + 5), "simulate", "--batch");
        assertThat(r.exit()).isEqualTo(65);
        assertThat(r.err().strip()).isEqualTo("secpillar: <stdin>:1: the line is longer than 1 MiB characters");
    }

    @Test
    void controlSequencesInAnErrorAreShownInert() throws Exception {
        Path p = temp.resolve("evil.json");
        Files.writeString(p, "{\"Version\": \"\u001b[2J\u001b]0;PWNED\u0007" + "A".repeat(5000) + "\"}");
        Run r = run("lint", p.toString());
        assertThat(r.err()).doesNotContain("\u001b").doesNotContain("\u0007");
        assertThat(r.err().lines()).allSatisfy(l -> assertThat(l.length()).isLessThan(Main.MAX_MESSAGE + 200));
    }

    @Test
    void exportAndVerifyAnswerHelp() {
        assertThat(run("badges", "export", "--help").exit()).isZero();
        assertThat(run("badges", "verify", "--help").exit()).isZero();
    }
}
