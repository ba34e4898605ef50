package dev.secpillar.badge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.secpillar.course.Course;
import dev.secpillar.course.PillarMap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An exported credential verifies; any change to any one field, and any broken file, does not. */
class CredentialTest {
    private static final Instant NOW = Instant.parse("2025-03-02T09:30:00Z");
    private final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    Path dir;

    private ObjectNode credential;

    @BeforeEach
    void export() {
        Course course = TestCourse.with(TestCourse.badge("iam", Map.of("module_complete", "iam")));
        var snapshot = Records.empty().done("iam-1", "iam-2").quiz("iam-quiz", 90, true).badge("iam").snapshot();
        PillarMap pillar = new PillarMap(List.of(), List.of(new PillarMap.Area("Identity", List.of(
                new PillarMap.PillarQuestion("SEC02", "SEC 2", List.of(new PillarMap.BestPractice("SEC02-BP01", "Use strong sign-in mechanisms", "High")))))));
        EarnedBadge earned = BadgeRules.of(course).earned("iam", snapshot, pillar).orElseThrow();
        credential = OpenBadgeCredential.issue(earned, new Learner(Optional.of("Ada Lovelace"), Optional.of("Ada@Example.org")),
                LearnerKey.loadOrCreate(dir), NOW, UUID.fromString("00000000-0000-4000-8000-000000000001"), new SecureRandom());
    }

    private Verification verify(JsonNode doc) {
        return CredentialVerifier.verify(doc.toString().getBytes(StandardCharsets.UTF_8), NOW.plusSeconds(60));
    }

    @Test
    void anExportedCredentialVerifiesAndSaysWhatItIs() {
        assertThat(verify(credential)).isInstanceOfSatisfying(Verification.Verified.class, v -> {
            assertThat(v.badge()).isEqualTo("Badge iam");
            assertThat(v.learner()).isEqualTo("Ada Lovelace");
            assertThat(v.validFrom()).isEqualTo(NOW);
            assertThat(v.awardedDate()).hasValue(Records.T);
            assertThat(v.issuer()).startsWith("did:key:z6Mk").isEqualTo(credential.path("issuer").path("id").asText());
            assertThat(v.credentialId()).isEqualTo("urn:uuid:00000000-0000-4000-8000-000000000001");
        });
    }

    @Test
    void itIsAnOpenBadgeCredentialWithAlignmentEvidenceAndAHashedEmail() {
        assertThat(credential.get("@context")).containsExactly(TextNode.valueOf("https://www.w3.org/ns/credentials/v2"),
                TextNode.valueOf("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        assertThat(credential.get("type").toString()).isEqualTo("[\"VerifiableCredential\",\"OpenBadgeCredential\"]");
        JsonNode subject = credential.get("credentialSubject");
        assertThat(subject.get("type").toString()).isEqualTo("[\"AchievementSubject\"]");
        JsonNode achievement = subject.get("achievement");
        assertThat(achievement.get("criteria").get("narrative").asText()).contains("Finish every lesson of Identity and pass its quiz");
        assertThat(achievement.get("tag").toString()).isEqualTo("[\"SEC02-BP01\",\"SEC02-BP02\",\"SEC03-BP02\"]");
        assertThat(achievement.get("alignment").get(0).get("targetName").asText()).isEqualTo("SEC02-BP01 Use strong sign-in mechanisms");
        assertThat(achievement.get("alignment").get(0).get("targetCode").asText()).isEqualTo("SEC02-BP01");
        assertThat(credential.get("evidence")).extracting(e -> e.get("name").asText())
                .containsExactly("Lesson: Lesson iam-1", "Lesson: Lesson iam-2", "Quiz: IAM quiz");
        JsonNode email = subject.get("identifier").get(1);
        assertThat(email.get("identityType").asText()).isEqualTo("emailAddress");
        assertThat(email.get("hashed").asBoolean()).isTrue();
        assertThat(email.get("identityHash").asText())
                .isEqualTo(OpenBadgeCredential.identityHash("ada@example.org", email.get("salt").asText()));
        assertThat(credential.toString()).doesNotContainIgnoringCase("ada@example.org");
        assertThat(credential.get("proof").get("cryptosuite").asText()).isEqualTo("eddsa-jcs-2022");
    }

    @Test
    void everySingleFieldChangedOrRemovedFailsVerification() {
        List<String> paths = new ArrayList<>();
        leaves(credential, "", paths);
        assertThat(paths).hasSizeGreaterThan(40);
        for (String path : paths) {
            ObjectNode changed = credential.deepCopy();
            mutate(changed, path);
            assertThat(verify(changed)).as("changed %s", path).isInstanceOf(Verification.Rejected.class);
            ObjectNode removed = credential.deepCopy();
            remove(removed, path);
            assertThat(verify(removed)).as("removed %s", path).isInstanceOf(Verification.Rejected.class);
        }
        ObjectNode added = credential.deepCopy();
        added.put("note", "added later");
        assertThat(verify(added)).isInstanceOf(Verification.Rejected.class);
    }

    @Test
    void oneCharacterOfTheNameTheDateOrTheProofIsEnough() {
        ObjectNode name = credential.deepCopy();
        ((ObjectNode) name.get("credentialSubject").get("identifier").get(0)).put("identityHash", "Ada Lovelacf");
        assertThat(verify(name)).isEqualTo(new Verification.Rejected(
                "the signature does not match: the credential was changed after it was signed"));

        ObjectNode date = credential.deepCopy();
        date.put("awardedDate", "2025-03-01T10:00:01Z");
        assertThat(verify(date)).isInstanceOf(Verification.Rejected.class);

        ObjectNode proof = credential.deepCopy();
        String value = proof.get("proof").get("proofValue").asText();
        ((ObjectNode) proof.get("proof")).put("proofValue", value.substring(0, 10) + (value.charAt(10) == 'a' ? 'b' : 'a')
                + value.substring(11));
        assertThat(verify(proof)).isInstanceOf(Verification.Rejected.class);
    }

    @Test
    void aChangedSignatureSaysTheSignatureDoesNotMatchNotThatTheKeyIsUnusable() {
        String value = credential.get("proof").get("proofValue").asText();
        String digits = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
        List<String> signatures = new ArrayList<>();
        for (int i = 10; i < value.length() - 1; i += 3) {
            char c = value.charAt(i);
            signatures.add(value.substring(0, i) + digits.charAt((digits.indexOf(c) + 1) % digits.length()) + value.substring(i + 1));
        }
        byte[] noPoint = new byte[64];
        java.util.Arrays.fill(noPoint, (byte) 0xFF); // R is no point of the curve at all
        signatures.add("z" + Base58.encode(noPoint));
        for (String signature : signatures) {
            ObjectNode changed = credential.deepCopy();
            ((ObjectNode) changed.get("proof")).put("proofValue", signature);
            Verification v = verify(changed);
            if (v instanceof Verification.Rejected r && r.reason().startsWith("the proofValue is damaged")) {
                continue; // the change made it another length: not a signature at all
            }
            assertThat(v).as(signature).isEqualTo(new Verification.Rejected(
                    "the signature does not match: the credential was changed after it was signed"));
        }
    }

    @Test
    void aCredentialChangedAndReSignedWithAnotherKeyUnderTheIssuersKeySaysTheSignatureDoesNotMatch() {
        ObjectNode changed = credential.deepCopy();
        changed.remove("proof");
        ((ObjectNode) changed.get("credentialSubject").get("identifier").get(0)).put("identityHash", "Mallory");
        // signed with the forger's own key, the proof still naming the issuer's key
        ObjectNode forged = DataIntegrityProof.sign(changed, LearnerKey.loadOrCreate(dir.resolve("forger")), NOW);
        ((ObjectNode) forged.get("proof")).put("verificationMethod",
                credential.get("proof").get("verificationMethod").asText());
        assertThat(verify(forged)).isEqualTo(new Verification.Rejected(
                "the signature does not match: the credential was changed after it was signed"));
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void aMegabyteProofValueIsRefusedByItsLengthBeforeAnyDecoding() {
        ObjectNode big = credential.deepCopy();
        ((ObjectNode) big.get("proof")).put("proofValue", "z" + "2".repeat(1_000_000));
        // the reason gives the length: it was refused by that, not after a (quadratic) base58 decode
        assertThat(verify(big)).isEqualTo(new Verification.Rejected("the proofValue is damaged (it must be a 64-byte "
                + "Ed25519 signature in base58btc, at most 88 characters; this one has 1000000)"));
    }

    @Test
    void reformattingKeepsItValid() throws Exception {
        String pretty = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(credential);
        assertThat(CredentialVerifier.verify(pretty.getBytes(StandardCharsets.UTF_8), NOW))
                .isInstanceOf(Verification.Verified.class);
    }

    @Test
    void brokenFilesGetAReasonNotAnException() {
        String json = credential.toString();
        assertThat(reason("")).isEqualTo("the file is empty");
        assertThat(reason("hello")).startsWith("it is not valid JSON: Unrecognized token 'hello'");
        assertThat(reason(json.substring(0, json.length() / 2))).startsWith("it is truncated: the JSON ends early (line 1, column");
        assertThat(reason("[1, 2]")).isEqualTo("it is JSON but not a credential (a credential is a JSON object)");
        ObjectNode unsigned = credential.deepCopy();
        unsigned.remove("proof");
        assertThat(reason(unsigned.toString())).isEqualTo("it is not signed: there is no 'proof'");
        assertThat(reason(json + " {}")).startsWith("it is not valid JSON: Trailing token");
        assertThat(reason(json.replaceFirst("\"name\":", "\"name\":\"x\",\"name\":"))).startsWith("it is not valid JSON: Duplicate field 'name'");
        ObjectNode otherKey = credential.deepCopy();
        ((ObjectNode) otherKey.get("issuer")).put("id", LearnerKey.loadOrCreate(dir.resolve("other")).did());
        assertThat(reason(otherKey.toString())).startsWith("the proof was made with did:key:").contains("not with the issuer's key");
        ObjectNode future = credential.deepCopy();
        assertThat(CredentialVerifier.verify(future.toString().getBytes(StandardCharsets.UTF_8), NOW.minusSeconds(3600)))
                .isEqualTo(new Verification.Rejected("it is not valid yet: validFrom is " + NOW));
    }

    private String reason(String text) {
        Verification v = CredentialVerifier.verify(text.getBytes(StandardCharsets.UTF_8), NOW);
        assertThat(v).isInstanceOf(Verification.Rejected.class);
        return ((Verification.Rejected) v).reason();
    }

    /** JSON pointers of every scalar in the document. */
    private static void leaves(JsonNode node, String path, List<String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> leaves(e.getValue(), path + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                leaves(node.get(i), path + "/" + i, out);
            }
        } else {
            out.add(path);
        }
    }

    /** Changes one character of a text (the middle one), flips a boolean, or bumps a number. */
    private static void mutate(ObjectNode root, String path) {
        int slash = path.lastIndexOf('/');
        JsonNode parent = root.at(path.substring(0, slash));
        String key = path.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        JsonNode old = root.at(path);
        JsonNode changed;
        if (old.isTextual()) {
            String s = old.asText();
            int i = s.length() / 2;
            char c = s.isEmpty() ? 'x' : s.charAt(i);
            changed = TextNode.valueOf(s.isEmpty() ? "x" : s.substring(0, i) + (char) (c == 'z' ? 'y' : c + 1) + s.substring(i + 1));
        } else if (old.isBoolean()) {
            changed = BooleanNode.valueOf(!old.asBoolean());
        } else {
            changed = TextNode.valueOf(old.asText() + "1");
        }
        if (parent instanceof ArrayNode a) {
            a.set(Integer.parseInt(key), changed);
        } else {
            ((ObjectNode) parent).set(key, changed);
        }
    }

    private static void remove(ObjectNode root, String path) {
        int slash = path.lastIndexOf('/');
        JsonNode parent = root.at(path.substring(0, slash));
        String key = path.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ArrayNode a) {
            a.remove(Integer.parseInt(key));
        } else {
            ((ObjectNode) parent).remove(key);
        }
    }
}
