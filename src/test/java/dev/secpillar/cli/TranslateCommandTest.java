package dev.secpillar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.secpillar.content.Fingerprint;
import dev.secpillar.content.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TranslateCommandTest extends CliHarness {
    private void translateModuleTitle() {
        Fixture.write(content, "lessons/01-basics/module.vi.yaml", "items:\n  title:\n    fingerprint: \""
                + Fingerprint.of("Basics") + "\"\n    vi: Cơ bản\n");
        Fixture.write(content, "lessons/01-basics/01-first.vi.yaml", "items:\n  title:\n    fingerprint: \""
                + Fingerprint.of("First lesson") + "\"\n    vi: Bài học đầu tiên\n");
    }

    @Test
    void listJsonInVietnameseHasVietnameseTitlesAndTheSameIds() throws Exception {
        translateModuleTitle();
        Run r = run("--lang", "vi", "list", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.at("/modules/0/title").asText()).isEqualTo("Cơ bản");
        assertThat(json.at("/modules/0/lessons/0/title").asText()).isEqualTo("Bài học đầu tiên");
        assertThat(json.at("/modules/0/lessons/0/id").asText()).isEqualTo("basics-first");
        assertThat(json.at("/modules/0/lessons/1/title").asText()).isEqualTo("Second lesson");

        Run en = run("list", "--json");
        assertThat(new ObjectMapper().readTree(en.out()).at("/modules/0/title").asText()).isEqualTo("Basics");
    }

    @Test
    void secpillarLangAndTheLocaleChooseTooButTheFlagWins() throws Exception {
        translateModuleTitle();
        env.put("LANG", "vi_VN.UTF-8");
        assertThat(new ObjectMapper().readTree(run("list", "--json").out()).at("/modules/0/title").asText()).isEqualTo("Cơ bản");
        env.put("SECPILLAR_LANG", "en");
        assertThat(new ObjectMapper().readTree(run("list", "--json").out()).at("/modules/0/title").asText()).isEqualTo("Basics");
        assertThat(new ObjectMapper().readTree(run("--lang", "vi", "list", "--json").out()).at("/modules/0/title").asText())
                .isEqualTo("Cơ bản");
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        Run r = run("--lang", "fr", "list");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("secpillar: --lang names an unknown language 'fr' (choose en, vi)\n");
    }

    @Test
    void stubWritesTheSkeletonAndValidateAndCoverageCountIt() throws Exception {
        Run r = run("--lang", "vi", "translate", "stub", content.resolve("lessons/01-basics/01-first.yaml").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("01-first.vi.yaml: 0 đã dịch, 0 đã cũ, 7 còn thiếu"); // --lang vi speaks Vietnamese
        Path vi = content.resolve("lessons/01-basics/01-first.vi.yaml");
        assertThat(Files.readString(vi)).contains("  title:\n    en: \"First lesson\"\n");
        Files.writeString(vi, Files.readString(vi).replaceFirst("vi: \"\"", "vi: \"Bài học đầu tiên\""));

        Run v = run("validate", content.toString());
        assertThat(v.exit()).isZero();
        assertThat(v.out()).contains("vi: 1 of ").contains(", 0 stale,");

        Run c = run("--lang", "vi", "coverage");
        assertThat(c.out()).contains("Bản dịch (vi)") // --lang vi: the report speaks Vietnamese too
                .containsPattern("basics\\s+1/\\d+\\s+0/2");
        JsonNode json = new ObjectMapper().readTree(run("--lang", "vi", "coverage", "--json").out());
        assertThat(json.at("/translation/total/texts/translated").asInt()).isEqualTo(1);
    }

    @Test
    void stubWithoutALanguageSaysHowToNameIt() {
        Run r = run("translate", "stub");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("name the language to translate into, for example: secpillar --lang vi translate stub PATH");
    }

    @Test
    void aStaleTranslationWarnsButValidatePasses() throws Exception {
        Fixture.write(content, "lessons/01-basics/module.vi.yaml", "items:\n  title:\n    fingerprint: \"00000000\"\n    vi: Cơ bản\n");
        Run v = run("validate", content.toString());
        assertThat(v.exit()).isZero();
        assertThat(v.out()).containsPattern("module\\.vi\\.yaml:2:3: warning: stale translation of 'title'")
                .contains("1 warning(s)");
        assertThat(new ObjectMapper().readTree(run("--lang", "vi", "list", "--json").out()).at("/modules/0/title").asText())
                .isEqualTo("Basics");
    }

    @Test
    void theLearnersSavedChoiceBeatsTheLocaleButNotTheFlag() throws Exception {
        translateModuleTitle();
        try (var store = dev.secpillar.progress.JdbcProgressStore.openSqlite(data)) {
            store.saveSetting("language", "vi", java.time.Instant.now());
        }
        env.put("LANG", "en_US.UTF-8");
        assertThat(new ObjectMapper().readTree(run("list", "--json").out()).at("/modules/0/title").asText()).isEqualTo("Cơ bản");
        assertThat(new ObjectMapper().readTree(run("--lang", "en", "list", "--json").out()).at("/modules/0/title").asText())
                .isEqualTo("Basics");
    }
}
