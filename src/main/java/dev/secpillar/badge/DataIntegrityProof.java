package dev.secpillar.badge;

import dev.secpillar.i18n.Text;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * An embedded Data Integrity proof with the cryptosuite eddsa-jcs-2022 (W3C "Data Integrity
 * EdDSA Cryptosuites v1.0", section 3.3). Signing and checking share one hashing step, so they
 * cannot drift apart:
 * <ol>
 *   <li>proof configuration: type, cryptosuite, created, verificationMethod, proofPurpose and
 *       the document's {@code @context}; canonicalized with JCS (RFC 8785);</li>
 *   <li>transformed document: the credential without {@code proof}, canonicalized with JCS;</li>
 *   <li>hash data: SHA-256 of the proof configuration, then SHA-256 of the document, in that
 *       order, concatenated (64 bytes);</li>
 *   <li>proofValue: "z" + base58btc of the Ed25519 signature of the hash data.</li>
 * </ol>
 */
final class DataIntegrityProof {
    /** The longest base58 spelling of a 64-byte signature (64 * log(256) / log(58), rounded up). */
    static final int MAX_SIGNATURE_CHARS = 88;

    static final String TYPE = "DataIntegrityProof";
    static final String CRYPTOSUITE = "eddsa-jcs-2022";
    static final String PURPOSE = "assertionMethod";

    private DataIntegrityProof() {}

    /** The document with a proof by the key added. */
    static ObjectNode sign(ObjectNode unsecured, LearnerKey key, Instant created) {
        ObjectNode proof = unsecured.objectNode();
        proof.put("type", TYPE);
        proof.put("cryptosuite", CRYPTOSUITE);
        proof.put("created", created.truncatedTo(ChronoUnit.SECONDS).toString());
        proof.put("verificationMethod", key.verificationMethod());
        proof.put("proofPurpose", PURPOSE);
        if (unsecured.has("@context")) {
            proof.set("@context", unsecured.get("@context").deepCopy());
        }
        byte[] signature = key.sign(hashData(proof, unsecured));
        ObjectNode secured = unsecured.deepCopy();
        ObjectNode finished = proof.deepCopy();
        finished.put("proofValue", "z" + Base58.encode(signature));
        secured.set("proof", finished);
        return secured;
    }

    /** Empty when the proof holds; otherwise why not, in words a learner can act on. */
    static Optional<Text> verify(ObjectNode secured) {
        JsonNode proofNode = secured.get("proof");
        if (proofNode == null) {
            return Optional.of(Text.of("badge.verify.unsigned"));
        }
        if (proofNode.isArray()) {
            return Optional.of(Text.of("badge.verify.proof_set"));
        }
        if (!(proofNode instanceof ObjectNode proof)) {
            return Optional.of(Text.of("badge.verify.proof_not_object"));
        }
        Optional<Text> wrong = expect(proof, "type", TYPE)
                .or(() -> expect(proof, "cryptosuite", CRYPTOSUITE))
                .or(() -> expect(proof, "proofPurpose", PURPOSE));
        if (wrong.isPresent()) {
            return wrong;
        }
        String created = proof.path("created").asText("");
        if (proof.has("created")) {
            try {
                Instant.parse(created);
            } catch (DateTimeParseException e) {
                return Optional.of(Text.of("badge.verify.created", created));
            }
        }
        String method = proof.path("verificationMethod").asText("");
        int hash = method.indexOf('#');
        if (hash < 0) {
            return Optional.of(Text.of("badge.verify.method_not_reference", method));
        }
        String did = method.substring(0, hash);
        byte[] publicKey;
        try {
            publicKey = DidKey.publicKey(did);
        } catch (IllegalArgumentException e) {
            return Optional.of(Text.of("badge.verify.method", DidKey.why(e)));
        }
        if (!method.equals(DidKey.verificationMethod(did))) {
            return Optional.of(Text.of("badge.verify.method_other_key", method, did));
        }
        String value = proof.path("proofValue").asText("");
        if (!value.startsWith("z")) {
            return Optional.of(Text.of("badge.verify.no_proof_value"));
        }
        // Base58 decoding is quadratic in the length: bound it first. 64 bytes are at most 88 characters.
        if (value.length() > 1 + MAX_SIGNATURE_CHARS) {
            return Optional.of(Text.of("badge.verify.proof_value_long", MAX_SIGNATURE_CHARS, value.length() - 1));
        }
        Optional<byte[]> signature = Base58.decode(value.substring(1));
        if (signature.isEmpty() || signature.get().length != 64) {
            return Optional.of(Text.of("badge.verify.proof_value"));
        }
        // The proof's @context must be the start of the document's (vc-di-eddsa, Verify Proof step 4).
        if (proof.has("@context") && !startsWith(secured.get("@context"), proof.get("@context"))) {
            return Optional.of(Text.of("badge.verify.proof_context"));
        }
        ObjectNode unsecured = secured.deepCopy();
        unsecured.remove("proof");
        ObjectNode options = proof.deepCopy();
        options.remove("proofValue");
        try {
            if (!Ed25519.verify(publicKey, hashData(options, unsecured), signature.get())) {
                return Optional.of(Text.of("badge.verify.changed"));
            }
        } catch (java.security.SignatureException e) {
            // A changed signature can fail to be a valid curve point at all: still a mismatch, not a key problem.
            return Optional.of(Text.of("badge.verify.changed"));
        } catch (GeneralSecurityException e) {
            return Optional.of(Text.of("badge.verify.unusable_key", did));
        } catch (UncheckedIOException e) {
            return Optional.of(Text.of("badge.verify.jcs", String.valueOf(e.getCause().getMessage())));
        }
        return Optional.empty();
    }

    static byte[] hashData(ObjectNode proofConfig, ObjectNode unsecured) {
        byte[] configHash = sha256(Jcs.canonical(proofConfig));
        byte[] documentHash = sha256(Jcs.canonical(unsecured));
        byte[] out = new byte[configHash.length + documentHash.length];
        System.arraycopy(configHash, 0, out, 0, configHash.length);
        System.arraycopy(documentHash, 0, out, configHash.length, documentHash.length);
        return out;
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java has SHA-256
        }
    }

    private static Optional<Text> expect(ObjectNode proof, String field, String value) {
        JsonNode v = proof.get(field);
        if (v == null) {
            return Optional.of(Text.of("badge.verify.proof_no_field", field));
        }
        if (!v.isTextual() || !v.asText().equals(value)) {
            return Optional.of(Text.of("badge.verify.proof_field", field, v.toString(), value));
        }
        return Optional.empty();
    }

    private static boolean startsWith(JsonNode documentContext, JsonNode proofContext) {
        if (documentContext == null) {
            return false;
        }
        if (!proofContext.isArray()) {
            return proofContext.equals(documentContext) || documentContext.isArray() && documentContext.size() > 0
                    && documentContext.get(0).equals(proofContext);
        }
        if (!documentContext.isArray() || documentContext.size() < proofContext.size()) {
            return false;
        }
        for (int i = 0; i < proofContext.size(); i++) {
            if (!proofContext.get(i).equals(documentContext.get(i))) {
                return false;
            }
        }
        return true;
    }
}
