package dev.secpillar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.secpillar.progress.ClassDatabase;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LeaderboardCommandTest extends CliHarness {
    static final Instant T = Instant.parse("2026-11-28T10:00:00Z");

    void aClass() {
        try (ClassDatabase db = ClassDatabase.openSqlite(data)) {
            db.learner("ana").recordLessonDone("basics-first", T);
            db.learner("ana").recordLessonDone("basics-second", T.plusSeconds(60));
            db.learner("bo").recordLessonDone("basics-first", T.plusSeconds(30));
            db.learner("=cmd|' /C calc'!A0").recordStep("first", 0, T);
        }
    }

    @Test
    void textListsTheClassBestFirst() {
        aClass();
        Run r = run("leaderboard");
        assertThat(r.exit()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).contains("Name").contains("Lessons").contains("Last active");
        assertThat(lines[1]).startsWith("1").contains("ana").contains("2/3");
        assertThat(lines[2]).startsWith("2").contains("bo").contains("1/3");
    }

    @Test
    void jsonForScripts() throws Exception {
        aClass();
        Run r = run("leaderboard", "--json");
        assertThat(r.exit()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("lessonsTotal").asInt()).isEqualTo(3);
        assertThat(root.get("learners").get(0).get("name").asText()).isEqualTo("ana");
        assertThat(root.get("learners").get(0).get("lessonsDone").asInt()).isEqualTo(2);
        assertThat(root.get("learners").get(0).get("lastActive").asText()).isEqualTo(T.plusSeconds(60).toString());
    }

    @Test
    void csvNeverLetsANameBecomeAFormula() {
        aClass();
        Run r = run("leaderboard", "--csv");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("rank,name,lessons_done,lessons_total,quizzes_passed,");
        assertThat(r.out()).contains("1,ana,2,3,").contains("\"'=cmd|' /C calc'!A0\"");
        assertThat(LeaderboardCommand.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(LeaderboardCommand.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(LeaderboardCommand.cell("-1")).isEqualTo("-1");
    }

    @Test
    void withoutAWorkshopItSaysWhereItLooked() {
        Run r = run("leaderboard");
        assertThat(r.exit()).isEqualTo(ExitCodes.IO_ERR);
        assertThat(r.err()).contains("no workshop has been served from").contains("--db");
    }

    @Test
    void jsonAndCsvTogetherIsAUsageError() {
        assertThat(run("leaderboard", "--json", "--csv").exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void releaseForgetsTheKeyAndKeepsTheProgress() {
        try (ClassDatabase db = ClassDatabase.openSqlite(data)) {
            db.keys().bind("ana", "ssh-ed25519 AAAA", "SHA256:x", T);
            db.learner("ana").recordLessonDone("basics-first", T);
        }
        Run r = run("release", "Ana");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Released ana");
        try (ClassDatabase db = ClassDatabase.openSqlite(data)) {
            assertThat(db.keys().keyOf("ana")).isEmpty();
            assertThat(db.learner("ana").snapshot().isDone("basics-first")).isTrue();
        }
        assertThat(run("release", "ana").exit()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(run("release", "ana; DROP").err()).contains("not a learner name");
    }

    @Test
    void serveReportsADatabaseThatIsDownAndStopsAtOnce() {
        Run r = run("serve", "--port", "0", "--db", "jdbc:postgresql://127.0.0.1:1/class?user=t&password=hunter2");
        assertThat(r.exit()).isEqualTo(ExitCodes.IO_ERR);
        assertThat(r.err()).contains("cannot be reached").contains("the workshop cannot start without it")
                .doesNotContain("hunter2");
    }

    @Test
    void serveRefusesAnInstructorNameThatIsNotAName(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path key = dir.resolve("id.pub");
        java.nio.file.Files.writeString(key, "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGmVBpqYxgDEuJUO6j0EONqJ7N7n2KcA+OBFjFzDQ6S2 me\n");
        Run r = run("serve", "--instructor", "bad name;", "--instructor-key", key.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--instructor: not a learner name");
    }

    @Test
    void serveNeverLetsTheInstructorsNameBeTakenByTheFirstComer() {
        Run r = run("serve", "--instructor", "ana");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--instructor needs --instructor-key FILE");
    }

    @Test
    void serveRefusesAnInstructorKeyFileThatHoldsNoKey(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path key = dir.resolve("id");
        java.nio.file.Files.writeString(key, "-----BEGIN OPENSSH PRIVATE KEY-----\n\u001b[2J\n");
        Run r = run("serve", "--instructor-key", key.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.DATA_ERR);
        assertThat(r.err()).contains("holds no OpenSSH public key").doesNotContain("\u001b").hasLineCount(1);
    }

    @Test
    void serveRefusesAnUnknownDatabase() {
        Run r = run("serve", "--port", "0", "--db", "jdbc:mysql://db/class");
        assertThat(r.exit()).isEqualTo(ExitCodes.IO_ERR);
        assertThat(r.err()).contains("must be jdbc:postgresql://HOST/DB or jdbc:sqlite:FILE");
    }
}
