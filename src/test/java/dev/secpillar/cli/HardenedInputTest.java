package dev.secpillar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    void anErrorQuotesAtMost200CharactersOfItsInput() throws Exception {
        Path p = temp.resolve("long.json");
        Files.writeString(p, "{\"" + "X".repeat(5000) + "\": 1}");
        String line = Files.readString(p) + "\n";
        for (Run r : new Run[] {run("simulate", p.toString()), run("lint", p.toString()), feed(line, "simulate", "--batch")}) {
            assertThat(r.exit()).isEqualTo(65);
            String shown = r.out() + r.err();
            assertThat(shown).contains("XXXX").contains("more characters)");
            int longest = java.util.Arrays.stream(shown.split("[^X]+")).mapToInt(String::length).max().orElse(0);
            assertThat(longest).as(shown).isLessThanOrEqualTo(200);
        }
        assertThat(Main.MAX_MESSAGE).isEqualTo(200);
    }

    @Test
    void yamlNestedDeeperThan64LevelsIsOneProblemAtItsLineAndExit65() throws Exception {
        Files.writeString(content.resolve("lessons/01-basics/03-deep.yaml"),
                "id: deep\ntitle: Deep\nsteps: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        Run r = run("validate", content.toString());
        assertThat(r.exit()).isEqualTo(65);
        assertThat(r.out()).containsPattern("lessons/01-basics/03-deep.yaml:3:\\d+: nested more than 64 levels deep");
        assertThat(r.out() + r.err()).doesNotContain("StackOverflowError").doesNotContain("\tat ");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void validateRejectsAControlCharacterHoweverItIsWritten() throws Exception {
        Path lesson = content.resolve("lessons/01-basics/01-first.yaml");
        String original = Files.readString(lesson);
        for (String title : new String[] {"\"\\e[2J First\"", "\"\\u001b]0;PWNED\\u0007\"", "\"\\x1b[31m red\"",
                "\"\\x9b2J\"", "\"\\u009b2J\"", "\"\\a bell\""}) {
            Files.writeString(lesson, original.replace("title: First lesson", "title: " + title));
            Run r = run("validate", content.toString());
            assertThat(r.exit()).as(title).isEqualTo(65);
            assertThat(r.out()).as(title).contains("lessons/01-basics/01-first.yaml:2:")
                    .doesNotContain("\u001b").doesNotContain("\u009b").doesNotContain("\u0007");
        }
        // raw ESC and CSI, which YAML itself refuses
        for (String raw : new String[] {"\u001b[2J First", "First\u009b2J lesson"}) {
            Files.writeString(lesson, original.replace("title: First lesson", "title: " + raw));
            Run r = run("validate", content.toString());
            assertThat(r.exit()).isEqualTo(65);
            assertThat(r.out()).contains("lessons/01-basics/01-first.yaml:").doesNotContain("\u001b").doesNotContain("\u009b");
        }
    }

    @Test
    void controlCharactersFromContentNeverReachTheTerminalInAnyOutput() throws Exception {
        Path course = content.resolve("lessons/course.yaml");
        Files.writeString(course, Files.readString(course).replace("name: More Done", "name: \"More\\e]0;PWNED\\a Done\""));
        Path lesson = content.resolve("lessons/01-basics/01-first.yaml");
        Files.writeString(lesson, Files.readString(lesson).replace("title: First lesson", "title: \"First\\e[2J\\u009b2J\""));
        for (String[] args : new String[][] {{"list"}, {"progress"}, {"badges"}, {"--plain"}, {"lesson", "basics-first",
                "--plain"}, {"badges", "export", "\u001b[2Jnope", "--out", temp.resolve("x.json").toString()}}) {
            Run r = feed("1\n\n\nq\n", args);
            assertThat(r.out() + r.err()).as(String.join(" ", args)).doesNotContain("\u001b").doesNotContain("\u009b")
                    .doesNotContain("\u0007");
        }
    }

    @Test
    void exportAndVerifyAnswerHelp() {
        assertThat(run("badges", "export", "--help").exit()).isZero();
        assertThat(run("badges", "verify", "--help").exit()).isZero();
    }

    /** Every command at every depth answers --help (the usage error itself tells the learner to ask it). */
    @Test
    void everyCommandAnswersHelp() {
        Launch launch = new Launch(java.util.Map.of(), temp.toString(), java.io.InputStream.nullInputStream(),
                System.out, System.err, false);
        List<List<String>> paths = commandPaths(Main.commandLine(launch, "--help"), List.of());
        assertThat(paths).contains(List.of("translate", "stub"), List.of("badges", "verify"));
        for (List<String> path : paths) {
            List<String> args = new java.util.ArrayList<>(path);
            args.add("--help");
            Run r = run(args.toArray(String[]::new));
            assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isZero();
            assertThat(r.out()).as(String.join(" ", args)).contains("Usage: secpillar");
        }
    }

    private static List<List<String>> commandPaths(picocli.CommandLine cl, List<String> above) {
        List<List<String>> out = new java.util.ArrayList<>();
        cl.getSubcommands().forEach((name, sub) -> {
            List<String> path = new java.util.ArrayList<>(above);
            path.add(name);
            out.add(path);
            out.addAll(commandPaths(sub, path));
        });
        return out;
    }
}
