package dev.secpillar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.secpillar.content.Fixture;
import org.junit.jupiter.api.Test;

class CommandsTest extends CliHarness {

    @Test
    void listShowsModulesAndLessons() {
        Run r = run("list");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Basics  [basics]  0/2 lessons", "[ ] basics-first", "First lesson", "SEC01-BP01",
                "challenge basics-challenge", "Quizzes", "basics");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void listJsonHasIdsTitlesPracticesAndDoneState() throws Exception {
        feed("x\n", "lesson", "basics-first", "--plain"); // leaves after the first step: not done
        Run r = run("list", "--json");
        assertThat(r.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        JsonNode lesson = json.at("/modules/0/lessons/0");
        assertThat(lesson.get("id").asText()).isEqualTo("basics-first");
        assertThat(lesson.get("title").asText()).isEqualTo("First lesson");
        assertThat(lesson.get("bestPractices").get(0).asText()).isEqualTo("SEC01-BP01");
        assertThat(lesson.get("done").asBoolean()).isFalse();
        assertThat(json.at("/quizzes/0/id").asText()).isEqualTo("basics");
    }

    @Test
    void validateCleanTreeSaysOkAndExitsZero() {
        Run r = run("validate", content.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("ok: 10 file(s) checked, no problems");
    }

    @Test
    void validateBrokenTreeListsLocatedProblemsAndExits65() {
        Fixture.write(content, "lessons/02-more/01-third.yaml", "id: more-third\ntitle: [oops\n");
        Run r = run("validate", content.toString());
        assertThat(r.exit()).isEqualTo(65);
        assertThat(r.out()).containsPattern("01-third\\.yaml:\\d+:\\d+: YAML syntax error")
                .contains("1 problem(s) found");
    }

    @Test
    void brokenContentStopsListWithTheSameLocatedMessage() {
        Fixture.write(content, "lessons/02-more/01-third.yaml", "id: more-third\ntitle: [oops\n");
        Run r = run("list");
        assertThat(r.exit()).isEqualTo(65);
        assertThat(r.err()).startsWith("secpillar: ").containsPattern("01-third\\.yaml:\\d+:\\d+: YAML syntax error")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void progressShowsCountsAndNextLesson() throws Exception {
        Run r = run("progress");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("0 of 3 lessons done", "Next: First lesson (secpillar lesson basics-first)");
        JsonNode json = new ObjectMapper().readTree(run("progress", "--json").out());
        assertThat(json.get("lessonsTotal").asInt()).isEqualTo(3);
        assertThat(json.get("next").asText()).isEqualTo("basics-first");
    }

    @Test
    void resetAsksFirstAndKeepsProgressWhenNotConfirmed() {
        feed("\n1\n\n\n", "lesson", "basics-first", "--plain");
        assertThat(run("progress").out()).contains("1 of 3 lessons done");
        Run no = feed("no\n", "reset");
        assertThat(no.out()).contains("Type 'yes' to confirm", "Nothing was changed.");
        assertThat(no.exit()).isEqualTo(1);
        assertThat(run("progress").out()).contains("1 of 3 lessons done");
        Run yes = run("reset", "--yes");
        assertThat(yes.exit()).isZero();
        assertThat(run("progress").out()).contains("0 of 3 lessons done");
    }

    @Test
    void unknownLessonIsAUsageError() {
        Run r = run("lesson", "nope");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("secpillar: no lesson 'nope'; 'secpillar list' shows the lesson ids\n");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run r = run("list", "--frobnicate");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("secpillar: list: Unknown option: '--frobnicate'\nsee `secpillar list --help`\n");
    }

    @Test
    void aValueThatIsNotANumberIsOneLineAndWhereToReadMore() {
        Run r = run("quiz", "more", "--seed", "abc");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("secpillar: quiz: --seed expects a number, got \"abc\"\n"
                + "see `secpillar quiz --help`\n");
        Run top = run("--frobnicate");
        assertThat(top.exit()).isEqualTo(2);
        assertThat(top.err()).isEqualTo("secpillar: Unknown option: '--frobnicate'\nsee `secpillar --help`\n");
    }

    @Test
    void corruptProgressDatabaseIsNamedAndKept() throws Exception {
        java.nio.file.Files.createDirectories(data);
        java.nio.file.Path db = data.resolve("progress.db");
        java.nio.file.Files.writeString(db, "garbage ".repeat(500));
        Run r = run("progress");
        assertThat(r.exit()).isEqualTo(74);
        assertThat(r.err()).startsWith("secpillar: the progress database " + db).contains("left untouched")
                .doesNotContain("\tat ");
        assertThat(java.nio.file.Files.readString(db)).isEqualTo("garbage ".repeat(500));
    }

    @Test
    void debugShowsTheStackTrace() {
        env.put("SECPILLAR_DEBUG", "1");
        Run r = run("lesson", "nope");
        assertThat(r.err()).contains("\tat ");
    }

    @Test
    void theCommandListGivesWholeSentences() {
        String help = run("--help").out();
        String commands = help.substring(help.indexOf("Commands:"));
        java.util.List<String> summaries = java.util.Arrays.stream(commands.split("\n  (?=[a-z])")).skip(1)
                .map(String::strip).toList();
        assertThat(summaries).hasSizeGreaterThan(10).allSatisfy(line -> assertThat(line).endsWith("."));
    }
}
