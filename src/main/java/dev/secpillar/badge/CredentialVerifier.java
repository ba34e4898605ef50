package dev.secpillar.badge;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.secpillar.i18n.Text;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Checks an exported badge with nothing but the file: it is JSON, shaped as an Open Badges 3.0
 * credential, signed, by the key its issuer names, and unchanged since. Every failure is a
 * sentence, never an exception.
 */
public final class CredentialVerifier {
    public static final int MAX_BYTES = 1 << 20;
    static final java.time.Duration CLOCK_SKEW = java.time.Duration.ofMinutes(5);
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private CredentialVerifier() {}

    public static Verification verify(byte[] file, Instant now) {
        if (file.length == 0) {
            return reject(Text.of("badge.verify.empty"));
        }
        if (file.length > MAX_BYTES) {
            return reject(Text.of("badge.verify.too_large", file.length));
        }
        JsonNode root;
        try {
            root = STRICT.readTree(file);
        } catch (JsonEOFException e) {
            return reject(Text.of("badge.verify.truncated_early", at(e.getLocation())));
        } catch (JsonProcessingException e) {
            if (startsLikeJson(file) && atEnd(e.getLocation(), file)) {
                return reject(Text.of("badge.verify.truncated_middle", at(e.getLocation())));
            }
            return reject(Text.of("badge.verify.not_json", e.getOriginalMessage().replaceAll("\\s+", " "), at(e.getLocation())));
        } catch (IOException e) {
            return reject(Text.of("badge.verify.unreadable", String.valueOf(e.getMessage())));
        }
        if (root == null || root.isMissingNode()) {
            return reject(Text.of("badge.verify.no_json"));
        }
        if (!(root instanceof ObjectNode doc)) {
            return reject(Text.of("badge.verify.not_object"));
        }
        if (!doc.has("proof")) {
            return reject(Text.of("badge.verify.unsigned"));
        }
        Optional<Text> shape = Shape.problem(doc);
        if (shape.isPresent()) {
            return reject(shape.get());
        }
        String issuer = issuerId(doc);
        String method = doc.path("proof").path("verificationMethod").asText("");
        if (!method.startsWith(issuer + "#")) {
            return reject(Text.of("badge.verify.wrong_method", method, issuer));
        }
        Optional<Text> proof = DataIntegrityProof.verify(doc);
        if (proof.isPresent()) {
            return reject(proof.get());
        }
        Instant validFrom = instant(doc.path("validFrom").asText()).orElseThrow();
        // A few minutes' grace: the issuing computer's clock may run a little ahead of this one.
        if (validFrom.isAfter(now.plus(CLOCK_SKEW))) {
            return reject(Text.of("badge.verify.not_yet_valid", validFrom.toString()));
        }
        Optional<Instant> validUntil = instant(doc.path("validUntil").asText(""));
        if (validUntil.isPresent() && validUntil.get().isBefore(now)) {
            return reject(Text.of("badge.verify.expired", validUntil.get().toString()));
        }
        JsonNode subject = doc.get("credentialSubject");
        return new Verification.Verified(doc.path("id").asText(), subject.path("achievement").path("name").asText(),
                learner(doc), email(subject), validFrom, instant(doc.path("awardedDate").asText("")), issuer,
                instant(doc.path("proof").path("created").asText("")).orElse(validFrom), names(doc.get("name")));
    }

    /**
     * The credential's name by language: a VC 2.0 name is a string or language value objects
     * ({"@value": ..., "@language": "vi"}, one or an array: VC Data Model 2.0, 4.6 and 11.1).
     * A plain string, as older exports wrote, has no language and yields nothing here.
     */
    static java.util.Map<String, String> names(JsonNode name) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        if (name == null) {
            return out;
        }
        for (JsonNode v : name.isArray() ? name : java.util.List.of(name)) {
            if (v.isObject() && v.path("@value").isTextual() && v.path("@language").isTextual()) {
                out.putIfAbsent(v.path("@language").asText().toLowerCase(java.util.Locale.ROOT), v.path("@value").asText());
            }
        }
        return out;
    }

    private static Verification reject(Text reason) {
        return new Verification.Rejected(reason);
    }

    private static boolean startsLikeJson(byte[] file) {
        for (byte b : file) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return b == '{' || b == '[';
            }
        }
        return false;
    }

    /** An error where the bytes run out ("fals", half a string) is a cut-off file, not a typo. */
    private static boolean atEnd(JsonLocation where, byte[] file) {
        if (where == null) {
            return false;
        }
        long offset = where.getByteOffset() >= 0 ? where.getByteOffset() : where.getCharOffset();
        return offset >= file.length;
    }

    private static Text at(JsonLocation where) {
        return where == null || where.getLineNr() < 1 ? Text.EMPTY
                : Text.of("badge.verify.at", where.getLineNr(), where.getColumnNr());
    }

    static String issuerId(JsonNode doc) {
        JsonNode issuer = doc.get("issuer");
        return issuer.isTextual() ? issuer.asText() : issuer.path("id").asText();
    }

    private static String learner(JsonNode doc) {
        for (JsonNode id : doc.path("credentialSubject").path("identifier")) {
            if ("name".equals(id.path("identityType").asText()) && !id.path("hashed").asBoolean(false)) {
                return id.path("identityHash").asText();
            }
        }
        // secpillar's own words for a learner who gave no name ("A secpillar learner", or it in several
        // languages) are said in the reader's language
        JsonNode name = doc.path("issuer").path("name");
        return name.isTextual() && !name.asText().equals(OpenBadgeCredential.UNNAMED_ISSUER) ? name.asText()
                : Verification.UNNAMED_LEARNER.english();
    }

    private static Optional<Text> email(JsonNode subject) {
        for (JsonNode id : subject.path("identifier")) {
            if ("emailAddress".equals(id.path("identityType").asText())) {
                return Optional.of(id.path("hashed").asBoolean(false)
                        ? Text.of("badge.verify.salted_hash", id.path("identityHash").asText())
                        : Text.plain(id.path("identityHash").asText()));
            }
        }
        return Optional.empty();
    }

    static Optional<Instant> instant(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The parts of an OpenBadgeCredential a reader relies on; the first thing missing is reported. */
    static final class Shape {
        private Shape() {}

        static Optional<Text> problem(ObjectNode doc) {
            JsonNode context = doc.get("@context");
            if (context == null || !context.isArray() || context.isEmpty()
                    || !OpenBadgeCredential.VC_CONTEXT.equals(context.get(0).asText())) {
                return Optional.of(Text.of("badge.verify.context_vc", OpenBadgeCredential.VC_CONTEXT));
            }
            boolean ob = false;
            for (JsonNode c : context) {
                ob |= c.asText().startsWith("https://purl.imsglobal.org/spec/ob/v3p0/context");
            }
            if (!ob) {
                return Optional.of(Text.of("badge.verify.context_ob"));
            }
            if (!hasType(doc, "VerifiableCredential") || !hasType(doc, "OpenBadgeCredential")) {
                return Optional.of(Text.of("badge.verify.type"));
            }
            if (!doc.path("id").isTextual()) {
                return Optional.of(Text.of("badge.verify.no_id"));
            }
            JsonNode issuer = doc.get("issuer");
            if (issuer == null || !(issuer.isTextual() || issuer.path("id").isTextual())) {
                return Optional.of(Text.of("badge.verify.no_issuer"));
            }
            if (!issuerId(doc).startsWith(DidKey.PREFIX)) {
                return Optional.of(Text.of("badge.verify.issuer_not_did_key", issuerId(doc)));
            }
            if (instant(doc.path("validFrom").asText("")).isEmpty()) {
                return Optional.of(Text.of("badge.verify.valid_from"));
            }
            if (doc.has("validUntil") && instant(doc.path("validUntil").asText("")).isEmpty()) {
                return Optional.of(Text.of("badge.verify.not_a_date", "validUntil"));
            }
            if (doc.has("awardedDate") && instant(doc.path("awardedDate").asText("")).isEmpty()) {
                return Optional.of(Text.of("badge.verify.not_a_date", "awardedDate"));
            }
            JsonNode subject = doc.get("credentialSubject");
            if (subject == null || !subject.isObject() || !hasType(subject, "AchievementSubject")) {
                return Optional.of(Text.of("badge.verify.subject"));
            }
            JsonNode achievement = subject.get("achievement");
            if (achievement == null || !achievement.isObject() || !achievement.path("name").isTextual()
                    || !achievement.path("criteria").isObject()) {
                return Optional.of(Text.of("badge.verify.achievement"));
            }
            return Optional.empty();
        }

        private static boolean hasType(JsonNode node, String type) {
            JsonNode t = node.get("type");
            if (t == null) {
                return false;
            }
            if (t.isTextual()) {
                return t.asText().equals(type);
            }
            for (JsonNode x : t) {
                if (x.asText().equals(type)) {
                    return true;
                }
            }
            return false;
        }
    }
}
