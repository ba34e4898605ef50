package dev.secpillar.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.secpillar.challenge.AnswerFormat;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A draft survives SIGKILL at any instant: a child process saves drafts in a loop and is killed
 * (kill -9) after a random number of saves, five times over; after each kill the draft reads as
 * one whole saved version, never a torn one, and every kept version reads. (The long run, 200
 * kills of the real full-screen workspace while a scripted learner types, is
 * scripts/crash-drafts.sh.)
 */
class DraftCrashTest {
    @TempDir
    Path answers;

    @Test
    void aKilledSaveLeavesTheLastWholeDraft() throws Exception {
        Random random = new Random(7);
        int next = 1;
        for (int kill = 0; kill < 5; kill++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                    DraftCrashProbe.class.getName(), answers.toString(), String.valueOf(next))
                    // stderr apart: a JVM may print there on its own ("Picked up JAVA_TOOL_OPTIONS: ...")
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            int lastSaved = next - 1;
            int saves = 1 + random.nextInt(15);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (int i = 0; i < saves; i++) {
                    String line = out.readLine();
                    assertThat(line).startsWith("saved ");
                    lastSaved = Integer.parseInt(line.substring(6));
                }
            } finally {
                // SIGKILL, in the middle of the next save; on a failed assertion too, or the child
                // would go on saving for ever into a folder JUnit is deleting
                child.destroyForcibly();
                child.waitFor();
            }
            String draft = Drafts.in(answers).load("probe", AnswerFormat.JSON).orElseThrow();
            int version = Integer.parseInt(draft.substring("{\"version\": ".length(), draft.indexOf(',')));
            // the child may have saved a few more while the kill was on its way: never fewer, never torn
            assertThat(version).as("the draft is at least the last save announced").isGreaterThanOrEqualTo(lastSaved);
            assertThat(draft).isEqualTo(DraftCrashProbe.text(version));
            List<DraftVersion> kept = Drafts.in(answers).history("probe");
            for (DraftVersion v : kept) {
                assertThat(v.text()).isEqualTo(DraftCrashProbe.text(Integer.parseInt(
                        v.text().substring("{\"version\": ".length(), v.text().indexOf(',')))));
            }
            try (var files = Files.list(answers.resolve("history/probe"))) {
                assertThat(files.filter(f -> f.getFileName().toString().matches("\\d+\\.json")).count())
                        .as("no version file is torn (each one reads)").isEqualTo(kept.size());
            } catch (java.nio.file.NoSuchFileException none) {
                assertThat(kept).isEmpty();
            }
            next = version + 1;
        }
    }
}
