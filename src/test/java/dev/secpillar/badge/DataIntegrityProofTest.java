package dev.secpillar.badge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * eddsa-jcs-2022 against the worked example of the W3C Recommendation "Data Integrity EdDSA
 * Cryptosuites v1.0" (appendix: eddsa-jcs-2022 test vectors): the same key and credential must
 * give the same hashes and the same proof value, and its signed credential must verify here.
 */
class DataIntegrityProofTest {
    static final String PUBLIC_MULTIBASE = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";
    static final String SECRET_MULTIBASE = "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq";
    static final String UNSECURED = """
            {"@context": ["https://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/examples/v2"],
             "id": "urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33",
             "type": ["VerifiableCredential", "AlumniCredential"],
             "name": "Alumni Credential",
             "description": "A minimum viable example of an Alumni Credential.",
             "issuer": "https://vc.example/issuers/5678",
             "validFrom": "2023-01-01T00:00:00Z",
             "credentialSubject": {"id": "did:example:abcdefgh", "alumniOf": "The School of Examples"}}""";
    static final String CREATED = "2023-02-24T23:36:38Z";
    static final String PROOF_VALUE = "z2HnFSSPPBzR36zdDgK8PbEHeXbR56YF24jwMpt3R1eHXQzJDMWS93FCzpvJpwTWd3GAVFuUfjoJdcnTMuVor51aX";
    static final String PROOF_CONFIG_HASH = "66ab154f5c2890a140cb8388a22a160454f80575f6eae09e5a097cabe539a1db";
    static final String DOCUMENT_HASH = "59b7cb6251b8991add1ce0bc83107e3db9dbbab5bd2c28f687db1a03abc92f19";

    private final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theSpecsKeyGivesTheSpecsDidKey() throws Exception {
        assertThat(DidKey.of(specPublicKey())).isEqualTo("did:key:" + PUBLIC_MULTIBASE);
    }

    @Test
    void signingTheSpecsCredentialGivesTheSpecsHashesAndProofValue() throws Exception {
        LearnerKey key = specKey();
        ObjectNode unsecured = (ObjectNode) mapper.readTree(UNSECURED);
        ObjectNode signed = DataIntegrityProof.sign(unsecured, key, Instant.parse(CREATED));
        ObjectNode proof = (ObjectNode) signed.get("proof");
        assertThat(proof.get("verificationMethod").asText()).isEqualTo("did:key:" + PUBLIC_MULTIBASE + "#" + PUBLIC_MULTIBASE);

        ObjectNode config = proof.deepCopy();
        config.remove("proofValue");
        byte[] hash = DataIntegrityProof.hashData(config, unsecured);
        assertThat(HexFormat.of().formatHex(Arrays.copyOfRange(hash, 0, 32))).isEqualTo(PROOF_CONFIG_HASH);
        assertThat(HexFormat.of().formatHex(Arrays.copyOfRange(hash, 32, 64))).isEqualTo(DOCUMENT_HASH);
        assertThat(proof.get("proofValue").asText()).isEqualTo(PROOF_VALUE);
    }

    @Test
    void theSpecsSignedCredentialVerifies() throws Exception {
        ObjectNode signed = (ObjectNode) mapper.readTree(UNSECURED);
        ObjectNode proof = signed.putObject("proof");
        proof.put("type", "DataIntegrityProof");
        proof.put("cryptosuite", "eddsa-jcs-2022");
        proof.put("created", CREATED);
        proof.put("verificationMethod", "did:key:" + PUBLIC_MULTIBASE + "#" + PUBLIC_MULTIBASE);
        proof.put("proofPurpose", "assertionMethod");
        proof.set("@context", signed.get("@context").deepCopy());
        proof.put("proofValue", PROOF_VALUE);
        assertThat(DataIntegrityProof.verify(signed)).isEmpty();

        signed.put("name", "Alumni Credentia1");
        assertThat(DataIntegrityProof.verify(signed).map(dev.secpillar.i18n.Text::english)).hasValue(
                "the signature does not match: the credential was changed after it was signed");
    }

    @Test
    void keyOrderAndWhitespaceDoNotMatterButEveryValueDoes() throws Exception {
        LearnerKey key = specKey();
        ObjectNode signed = DataIntegrityProof.sign((ObjectNode) mapper.readTree(UNSECURED), key, Instant.parse(CREATED));
        String pretty = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(signed);
        ObjectNode reread = (ObjectNode) mapper.readTree(pretty);
        ObjectNode reordered = mapper.createObjectNode();
        java.util.List<String> names = new java.util.ArrayList<>();
        reread.fieldNames().forEachRemaining(names::add);
        java.util.Collections.reverse(names);
        names.forEach(n -> reordered.set(n, reread.get(n)));
        assertThat(DataIntegrityProof.verify(reordered)).isEmpty();
    }

    private static byte[] specPublicKey() {
        byte[] prefixed = Base58.decode(PUBLIC_MULTIBASE.substring(1)).orElseThrow();
        return Arrays.copyOfRange(prefixed, 2, prefixed.length);
    }

    /** The spec's secret key (multicodec ed25519-priv, 0x8026, then the 32-byte seed) as a key file. */
    private LearnerKey specKey() throws Exception {
        byte[] prefixed = Base58.decode(SECRET_MULTIBASE.substring(1)).orElseThrow();
        assertThat(Arrays.copyOf(prefixed, 2)).containsExactly(0x80, 0x26);
        byte[] seed = Arrays.copyOfRange(prefixed, 2, prefixed.length);
        byte[] pkcs8 = KeyFactory.getInstance("Ed25519")
                .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed)).getEncoded();
        byte[] spki = Ed25519.publicKey(specPublicKey()).getEncoded();
        Path file = dir.resolve(LearnerKey.FILE_NAME);
        Files.writeString(file, "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(pkcs8)
                + "\n-----END PRIVATE KEY-----\n-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(spki)
                + "\n-----END PUBLIC KEY-----\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return LearnerKey.loadOrCreate(dir);
    }
}
