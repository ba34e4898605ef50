package dev.secpillar.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.secpillar.content.Fixture;
import dev.secpillar.tui.EditorStandIn;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The draft on the command line: --check without a file, --history and --watch. */
class DraftCommandsTest extends CliHarness {
    static final String HALF = """
            {"Version": "2012-10-17",
             "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}
            """;
    static final String SOLUTION = Fixture.BASICS_POLICY_SOLUTION;

    private Path draft() {
        return data.resolve("answers/basics-policy.json");
    }

    @Test
    void checkWithoutAFileChecksTheSavedDraftAndKeepsItAsAVersion() throws Exception {
        Run none = run("challenge", "basics-policy", "--check");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).startsWith("secpillar: no draft of basics-policy yet (" + draft() + ")");
        Files.createDirectories(draft().getParent());
        Files.writeString(draft(), HALF);
        Run half = run("challenge", "basics-policy", "--check");
        assertThat(half.exit()).isEqualTo(1);
        assertThat(half.out()).contains("3 of 4 cases pass.");
        Files.writeString(draft(), SOLUTION);
        Run pass = run("challenge", "basics-policy", "--check");
        assertThat(pass.exit()).isZero();
        assertThat(pass.out()).contains("4 of 4 cases pass. Passed!");
        run("challenge", "basics-policy", "--check"); // the same text again is no new version
        Run history = run("challenge", "basics-policy", "--history");
        assertThat(history.exit()).isZero();
        assertThat(history.out()).contains("Draft: " + draft())
                .containsPattern("#1 +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  3/4\n")
                .containsPattern("#2 +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  passed \\(4/4\\)\n")
                .doesNotContain("#3");
        assertThat(run("challenge", "basics-policy", "--history", "--version-text", "1").out()).isEqualTo(HALF);
    }

    @Test
    void historyWithNoVersionsSaysHowOneIsKept() {
        Run r = run("challenge", "basics-policy", "--history");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("No saved versions yet");
    }

    @Test
    void watchWithAStandInEditorChecksEachSaveWhileItIsOpen() throws Exception {
        Path first = temp.resolve("first.json");
        Files.writeString(first, HALF);
        Path second = temp.resolve("second.json");
        Files.writeString(second, SOLUTION);
        Path editor = EditorStandIn.write(temp, first, second, data.resolve("answers/history/basics-policy"));
        env.put("EDITOR", editor.toString());
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run("challenge", "basics-policy", "--watch"));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Watching " + draft(), "1 of 4 cases pass.", "── Last save at",
                "4 of 4 cases pass. Passed!", "stand-in-editor.sh closed; still watching");
        assertThat(Files.readString(draft())).isEqualTo(SOLUTION);
        assertThat(run("challenge", "basics-policy", "--history").out()).contains("3/4", "passed (4/4)");
    }

    /** No editor set: the learner edits the file elsewhere; each save prints the cases, until input ends. */
    @Test
    void watchWithoutAnEditorPrintsTheCasesOnEachSaveUntilInputEnds() throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            PipedOutputStream keys = new PipedOutputStream();
            PipedInputStream stdin = new PipedInputStream(keys);
            PipedInputStream screen = new PipedInputStream(1 << 16);
            PrintStream stdout = new PrintStream(new PipedOutputStream(screen), true, StandardCharsets.UTF_8);
            List<String> args = List.of("challenge", "basics-policy", "--watch", "--content=" + content, "--data-dir=" + data);
            Launch launch = new Launch(Map.of(), temp.toString(), stdin, stdout,
                    new PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false);
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
                int code = Main.run(args.toArray(String[]::new), launch);
                stdout.close();
                return code;
            });
            BufferedReader lines = new BufferedReader(new InputStreamReader(screen, StandardCharsets.UTF_8));
            List<String> seen = new ArrayList<>();
            readUntil(lines, seen, "Edit the file in your editor");
            assertThat(seen).contains("1 of 4 cases pass.");
            Files.writeString(draft(), HALF);
            readUntil(lines, seen, "3 of 4 cases pass.");
            Path tmp = draft().resolveSibling("save.tmp");
            Files.writeString(tmp, SOLUTION);
            Files.move(tmp, draft(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            readUntil(lines, seen, "4 of 4 cases pass. Passed!");
            keys.close(); // the end of input stops the watch, as Ctrl-C does
            assertThat(exit.get()).isZero();
        });
    }

    private static void readUntil(BufferedReader lines, List<String> seen, String wanted) throws java.io.IOException {
        String line;
        while ((line = lines.readLine()) != null) {
            seen.add(line);
            if (line.contains(wanted)) {
                return;
            }
        }
        throw new AssertionError("the watch ended before \"" + wanted + "\":\n" + String.join("\n", seen));
    }
}
