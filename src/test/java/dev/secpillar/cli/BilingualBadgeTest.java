package dev.secpillar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.secpillar.content.Fingerprint;
import dev.secpillar.content.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The exported credential names its badge in English and in Vietnamese (VC Data Model 2.0
 * language value objects on the credential, OB 3.0 inLanguage/related on the achievement), the
 * signature covers both, and verify names the badge in the reader's language.
 */
class BilingualBadgeTest extends CliHarness {
    private final ObjectMapper mapper = new ObjectMapper();

    private void translateTheBadge() {
        Fixture.write(content, "lessons/course.vi.yaml", "items:\n"
                + "  badges/more/name:\n    fingerprint: \"" + Fingerprint.of("More Done") + "\"\n    vi: \"Xong thêm\"\n"
                + "  badges/more/description:\n    fingerprint: \"" + Fingerprint.of("Finished the second module.")
                + "\"\n    vi: \"Đã hoàn thành học phần thứ hai.\"\n");
    }

    private Path exportMore(String... lang) {
        feed("2\n1\n\n1\n\nq\n", "--plain"); // earns "more"
        Path file = temp.resolve("more.json");
        String[] args = new String[lang.length + 5];
        System.arraycopy(lang, 0, args, 0, lang.length);
        System.arraycopy(new String[] {"badges", "export", "more", "--out", file.toString()}, 0, args, lang.length, 5);
        Run export = run(args);
        assertThat(export.exit()).as(export.err()).isZero();
        return file;
    }

    @Test
    void theCredentialCarriesBothLanguagesAndVerifiesInEither() throws Exception {
        translateTheBadge();
        Path file = exportMore("--lang", "vi");
        JsonNode doc = mapper.readTree(file.toFile());
        assertThat(doc.get("name").toString()).isEqualTo(
                "[{\"@value\":\"More Done\",\"@language\":\"en\"},{\"@value\":\"Xong thêm\",\"@language\":\"vi\"}]");
        assertThat(doc.get("description").get(1).get("@value").asText()).isEqualTo("Đã hoàn thành học phần thứ hai.");
        JsonNode achievement = doc.get("credentialSubject").get("achievement");
        // The achievement stays in English, the source, as OB 3.0 types it (strings), its language said.
        assertThat(achievement.get("name").asText()).isEqualTo("More Done");
        assertThat(achievement.get("inLanguage").asText()).isEqualTo("en");
        assertThat(achievement.get("related").get(0).get("inLanguage").asText()).isEqualTo("vi");

        // the evidence and the issuer's words: English first, then Vietnamese, as the credential's name
        JsonNode evidence = doc.get("evidence");
        assertThat(evidence.size()).isPositive();
        for (JsonNode e : evidence) {
            assertThat(e.get("name").get(0).get("@language").asText()).isEqualTo("en");
            assertThat(e.get("name").get(0).get("@value").asText()).startsWith("Lesson: ");
            assertThat(e.get("name").get(1).get("@language").asText()).isEqualTo("vi");
            assertThat(e.get("name").get(1).get("@value").asText()).startsWith("Bài học: ");
            assertThat(e.get("description").get(0).get("@value").asText()).startsWith("Completed 20");
            assertThat(e.get("description").get(1).get("@value").asText()).startsWith("Hoàn thành ngày 20");
        }
        assertThat(doc.get("issuer").get("name").toString()).isEqualTo(
                "[{\"@value\":\"A secpillar learner\",\"@language\":\"en\"},{\"@value\":\"Một học viên secpillar\",\"@language\":\"vi\"}]");
        assertThat(doc.get("issuer").get("description").get(1).get("@value").asText()).startsWith("Do chính học viên tự cấp");
        // the criteria belong to the achievement, English as its inLanguage says
        assertThat(achievement.get("criteria").get("narrative").asText()).startsWith("Earned in secpillar");

        Run vi = run("--lang", "vi", "badges", "verify", file.toString());
        assertThat(vi.exit()).as(vi.err()).isZero();
        assertThat(vi.out()).contains("đã xác minh", "Huy hiệu: Xong thêm").doesNotContain("A secpillar learner");
        Run en = run("--lang", "en", "badges", "verify", file.toString());
        assertThat(en.out()).contains("verified.", "Badge:    More Done", "Learner:  an unnamed learner");
    }

    @Test
    void theSignatureCoversTheVietnameseEvidence() throws Exception {
        assertTamperingIsCaught(doc -> ((ObjectNode) doc.get("evidence").get(0).get("description").get(1))
                .put("@value", "Hoàn thành ngày 2001-01-01"));
    }

    @Test
    void theSignatureCoversTheVietnameseName() throws Exception {
        assertTamperingIsCaught(doc -> ((ObjectNode) doc.get("name").get(1)).put("@value", "Xong hết"));
    }

    /** Exports the translated badge, changes it with {@code tamper}, and expects verify to refuse it. */
    private void assertTamperingIsCaught(Consumer<ObjectNode> tamper) throws Exception {
        translateTheBadge();
        Path file = exportMore();
        ObjectNode doc = (ObjectNode) mapper.readTree(file.toFile());
        tamper.accept(doc);
        Files.writeString(file, doc.toString());
        Run r = run("badges", "verify", file.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("not verified");
    }

    @Test
    void withoutATranslationTheCredentialIsAsBeforeAndStillVerifies() throws Exception {
        Path file = exportMore("--lang", "vi");
        JsonNode doc = mapper.readTree(file.toFile());
        assertThat(doc.get("name").isTextual()).isTrue();
        assertThat(doc.get("issuer").get("name").asText()).isEqualTo("A secpillar learner");
        assertThat(doc.get("evidence").get(0).get("name").asText()).startsWith("Lesson: ");
        assertThat(doc.get("credentialSubject").get("achievement").has("related")).isFalse();
        Run vi = run("--lang", "vi", "badges", "verify", file.toString());
        assertThat(vi.exit()).isZero();
        assertThat(vi.out()).contains("Huy hiệu: More Done");
    }
}
