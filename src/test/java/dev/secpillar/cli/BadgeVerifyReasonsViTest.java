package dev.secpillar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Why a credential does not verify is said in the reader's language; English stays as it was. */
class BadgeVerifyReasonsViTest extends CliHarness {
    private final ObjectMapper mapper = new ObjectMapper();

    private Path export() {
        feed("2\n1\n\n1\n\nq\n", "--plain"); // earns "more"
        Path file = temp.resolve("more.json");
        Run export = run("badges", "export", "more", "--out", file.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        return file;
    }

    @Test
    void aTamperedCredentialIsRejectedInVietnameseAndInEnglish() throws Exception {
        Path file = export();
        ObjectNode doc = (ObjectNode) mapper.readTree(file.toFile());
        doc.put("id", doc.get("id").asText() + "-changed");
        Files.writeString(file, doc.toString());

        Run vi = run("--lang", "vi", "badges", "verify", file.toString());
        assertThat(vi.exit()).isEqualTo(1);
        assertThat(vi.err()).contains(file + ": không xác minh được: "
                + "chữ ký không khớp: chứng chỉ đã bị thay đổi sau khi được ký");
        Run en = run("badges", "verify", file.toString());
        assertThat(en.exit()).isEqualTo(1);
        assertThat(en.err()).contains("the signature does not match: the credential was changed after it was signed");
        assertThat(en.err()).doesNotContain("chữ ký");
    }

    @Test
    void anUnsignedCredentialAndADamagedKeyAreSaidInVietnamese() throws Exception {
        Path file = export();
        ObjectNode doc = (ObjectNode) mapper.readTree(file.toFile());
        ObjectNode unsigned = doc.deepCopy();
        unsigned.remove("proof");
        Files.writeString(file, unsigned.toString());
        assertThat(run("--lang", "vi", "badges", "verify", file.toString()).err())
                .contains("chứng chỉ chưa được ký: không có 'proof'");
        assertThat(run("badges", "verify", file.toString()).err()).contains("it is not signed: there is no 'proof'");

        // A key with characters outside base58: DidKey's reason reaches the learner in their language.
        String issuer = doc.get("issuer").isTextual() ? doc.get("issuer").asText() : doc.get("issuer").get("id").asText();
        String bad = "did:key:z0OIl";
        String json = doc.toString().replace(issuer, bad);
        Files.writeString(file, json);
        Run vi = run("--lang", "vi", "badges", "verify", file.toString());
        assertThat(vi.err()).as(vi.err()).contains("verificationMethod của proof: '" + bad + "' có ký tự nằm ngoài base58");
        Run en = run("badges", "verify", file.toString());
        assertThat(en.err()).contains("the proof's verificationMethod: '" + bad + "' has characters outside base58");
    }
}
