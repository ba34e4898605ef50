package dev.secpillar.badge;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.secpillar.i18n.Messages;
import dev.secpillar.i18n.Text;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * An earned badge as an Open Badges 3.0 {@code OpenBadgeCredential} (a W3C Verifiable
 * Credential 2.0), self-issued: the issuer and the subject are the learner's did:key, and an
 * embedded eddsa-jcs-2022 proof signs it. Anyone can check it offline; what it proves is that
 * the holder of that key issued it unchanged, not that a school watched the work.
 */
public final class OpenBadgeCredential {
    static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    static final String FRAMEWORK = "AWS Well-Architected Framework, Security Pillar";
    static final String FRAMEWORK_URL = "https://docs.aws.amazon.com/wellarchitected/latest/security-pillar/";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OpenBadgeCredential() {}

    /** Who issued a credential whose learner gave no name (older files carry it too). */
    static final String UNNAMED_ISSUER = Text.ENGLISH_MESSAGES.get("badge.credential.unnamed_issuer");

    /**
     * A badge's words in one language other than English: its name and description, its
     * evidence (the same items, in the same order, as the English), and the issuer's words.
     */
    public record Translation(String language, String name, String description, List<Evidence> evidence,
                              String unnamedIssuer, String issuerDescription) {
        public Translation {
            evidence = List.copyOf(evidence);
        }

        /** Only the badge's name and description. */
        public Translation(String language, String name, String description) {
            this(language, name, description, List.of(), "", "");
        }

        /** The badge as the course in that language has it, with the issuer's words from its bundle. */
        public static Translation of(EarnedBadge badge, Messages m) {
            return new Translation(m.language().code(), badge.name(), badge.description(), badge.evidence(),
                    m.get("badge.credential.unnamed_issuer"), m.get("badge.credential.issuer_description"));
        }
    }

    /** The signed credential. {@code random} makes the email's salt; {@code id} names this credential. */
    public static ObjectNode issue(EarnedBadge badge, Learner learner, LearnerKey key, Instant now, UUID id,
                                   SecureRandom random) {
        return issue(badge, List.of(), learner, key, now, id, random);
    }

    /**
     * The signed credential, its badge named in English ({@code badge}, the source) and in each
     * translation. How the languages are written follows the two standards at play:
     * <ul>
     * <li>The credential's own {@code name} and {@code description} become arrays of language
     * value objects, {@code {"@value": "...", "@language": "vi"}}: W3C Verifiable Credentials Data
     * Model 2.0, section 4.6 "Names and Descriptions" (a string or a language value object) and
     * section 11.1 "Language and Base Direction" (several languages as an array of them).</li>
     * <li>The achievement keeps plain strings, as Open Badges 3.0 types {@code Achievement.name}
     * and {@code description} (strings; its JSON Schema rejects anything else), says their
     * language with OB 3.0's {@code inLanguage}, and names its other language editions with
     * OB 3.0's {@code related} ("alternate language editions"), each with its {@code inLanguage}.</li>
     * <li>The issuer's {@code name} (when the learner gave none) and {@code description}, and each
     * evidence item's {@code name} and {@code description}, are natural-language strings of the
     * credential's own VC Data Model properties ({@code issuer}, {@code evidence}): written as the
     * credential's {@code name} is, an array of language value objects, English first.</li>
     * <li>The achievement's criteria narrative and image caption stay English: they belong to the
     * achievement, whose language ({@code inLanguage}) is English and which OB 3.0 types as strings.</li>
     * </ul>
     * Without a translation the credential is written exactly as before (plain strings).
     * The proof signs the whole document (eddsa-jcs-2022 over its JCS form), languages included.
     */
    public static ObjectNode issue(EarnedBadge badge, List<Translation> translations, Learner learner, LearnerKey key,
                                   Instant now, UUID id, SecureRandom random) {
        String did = key.did();
        ObjectNode vc = MAPPER.createObjectNode();
        vc.putArray("@context").add(VC_CONTEXT).add(OB_CONTEXT);
        vc.put("id", "urn:uuid:" + id);
        vc.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        if (translations.isEmpty()) {
            vc.put("name", badge.name());
            vc.put("description", badge.description());
        } else {
            putLanguages(vc, "name", badge.name(), translations, Translation::name);
            putLanguages(vc, "description", badge.description(), translations, Translation::description);
        }
        ObjectNode issuer = vc.putObject("issuer");
        issuer.put("id", did);
        issuer.putArray("type").add("Profile");
        if (learner.name().isPresent()) {
            issuer.put("name", learner.name().get());
        } else {
            putWords(issuer, "name", UNNAMED_ISSUER, translations, Translation::unnamedIssuer);
        }
        putWords(issuer, "description", Text.ENGLISH_MESSAGES.get("badge.credential.issuer_description"), translations,
                Translation::issuerDescription);
        vc.put("validFrom", seconds(now));
        vc.put("awardedDate", seconds(badge.awardedAt()));
        vc.set("credentialSubject", subject(badge, learner, did, random));
        if (!translations.isEmpty()) {
            ObjectNode a = (ObjectNode) vc.get("credentialSubject").get("achievement");
            a.put("inLanguage", "en");
            ArrayNode related = a.putArray("related");
            for (Translation t : translations) {
                ObjectNode r = related.addObject();
                r.put("id", achievementId(badge.id() + ":" + t.language()));
                r.putArray("type").add("Related");
                r.put("inLanguage", t.language());
            }
        }
        ArrayNode evidence = vc.putArray("evidence");
        // a translation whose evidence is not item for item the English one is left out of the evidence
        List<Translation> sameEvidence = translations.stream().filter(t -> t.evidence().size() == badge.evidence().size()).toList();
        for (int i = 0; i < badge.evidence().size(); i++) {
            Evidence e = badge.evidence().get(i);
            int at = i;
            ObjectNode n = evidence.addObject();
            n.putArray("type").add("Evidence");
            putWords(n, "name", e.name(), sameEvidence, t -> t.evidence().get(at).name());
            putWords(n, "description", e.description(), sameEvidence, t -> t.evidence().get(at).description());
        }
        return DataIntegrityProof.sign(vc, key, now);
    }

    private static ObjectNode subject(EarnedBadge badge, Learner learner, String did, SecureRandom random) {
        ObjectNode subject = MAPPER.createObjectNode();
        subject.put("id", did);
        subject.putArray("type").add("AchievementSubject");
        if (learner.name().isPresent() || learner.email().isPresent()) {
            ArrayNode ids = subject.putArray("identifier");
            learner.name().ifPresent(name -> {
                ObjectNode n = ids.addObject();
                n.put("type", "IdentityObject");
                n.put("identityHash", name);
                n.put("identityType", "name");
                n.put("hashed", false);
            });
            learner.email().ifPresent(email -> ids.add(hashedEmail(email, random)));
        }
        ObjectNode a = subject.putObject("achievement");
        // A stable id per badge, so every learner's credential for it names the same achievement.
        a.put("id", achievementId(badge.id()));
        a.putArray("type").add("Achievement");
        a.put("achievementType", "Badge");
        a.put("name", badge.name());
        a.put("description", badge.description());
        a.putObject("criteria").put("narrative", "Earned in secpillar, an interactive terminal course on the "
                + "Security Pillar of the AWS Well-Architected Framework. " + sentence(badge.criteria()));
        if (!badge.emblem().isEmpty()) {
            ObjectNode image = a.putObject("image");
            image.put("id", "data:image/svg+xml;base64,"
                    + Base64.getEncoder().encodeToString(EmblemSvg.render(badge.emblem()).getBytes(StandardCharsets.UTF_8)));
            image.put("type", "Image");
            image.put("caption", badge.name() + " emblem");
        }
        ArrayNode alignment = a.putArray("alignment");
        ArrayNode tags = a.putArray("tag");
        for (EarnedBadge.Alignment bp : badge.alignment()) {
            ObjectNode n = alignment.addObject();
            n.putArray("type").add("Alignment");
            n.put("targetName", bp.id() + " " + bp.title());
            n.put("targetUrl", FRAMEWORK_URL);
            n.put("targetCode", bp.id());
            n.put("targetFramework", FRAMEWORK);
            tags.add(bp.id());
        }
        return subject;
    }

    /** A stable id per badge (and per language edition), the same in every learner's credential. */
    private static String achievementId(String key) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("secpillar:badge:" + key).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code english} as a plain string when no translation has its own words for it, else an
     * array of language value objects: English first, then each translation that says it
     * (an empty or identical text is not claimed as a translation).
     */
    private static void putWords(ObjectNode node, String field, String english, List<Translation> translations,
                                 Function<Translation, String> words) {
        List<Translation> saying = translations.stream()
                .filter(t -> !words.apply(t).isEmpty() && !words.apply(t).equals(english)).toList();
        if (saying.isEmpty()) {
            node.put(field, english);
        } else {
            putLanguages(node, field, english, saying, words);
        }
    }

    /** {@code english} and each translation's words, as an array of language value objects, English first. */
    private static void putLanguages(ObjectNode node, String field, String english, List<Translation> translations,
                                     Function<Translation, String> words) {
        ArrayNode values = node.putArray(field);
        values.add(languageValue(english, "en"));
        translations.forEach(t -> values.add(languageValue(words.apply(t), t.language())));
    }

    private static ObjectNode languageValue(String value, String language) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("@value", value);
        n.put("@language", language);
        return n;
    }

    /**
     * Open Badges' hashed identity: "sha256$" + hex SHA-256 of the address followed by the salt.
     * The address is trimmed and lower-cased first, so the learner can prove it however they type it.
     */
    static ObjectNode hashedEmail(String email, SecureRandom random) {
        byte[] saltBytes = new byte[16];
        random.nextBytes(saltBytes);
        String salt = HexFormat.of().formatHex(saltBytes);
        ObjectNode n = MAPPER.createObjectNode();
        n.put("type", "IdentityObject");
        n.put("identityHash", identityHash(email, salt));
        n.put("identityType", "emailAddress");
        n.put("hashed", true);
        n.put("salt", salt);
        return n;
    }

    static String identityHash(String email, String salt) {
        String normal = email.strip().toLowerCase(Locale.ROOT);
        return "sha256$" + HexFormat.of().formatHex(DataIntegrityProof.sha256((normal + salt).getBytes(StandardCharsets.UTF_8)));
    }

    private static String seconds(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String sentence(String s) {
        return s.endsWith(".") ? s : s + ".";
    }
}
