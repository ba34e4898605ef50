package dev.secpillar.policy;

import dev.secpillar.i18n.Messages;
import dev.secpillar.i18n.Text;
import java.util.List;
import java.util.Optional;

/**
 * What lint found in one policy text, and which kind of policy it checked it as.
 *
 * @param findings every finding, sorted by position
 * @param kind the kind of policy the checks assumed
 * @param resourceType for resource policies, which resource (null otherwise)
 * @param guessedText how the kind was chosen when it was not given (empty when it was given)
 * @param document the policy as read (empty when the text is not a JSON object)
 */
public record LintReport(List<Finding> findings, PolicyKind kind, ResourcePolicyType resourceType, Text guessedText,
                         Optional<PolicyDocument> document) {

    /** "identity policy", "S3 bucket policy", ... */
    public String kindLabel() {
        return resourceType != null ? resourceType.label() : kind.label();
    }

    /** The kind checked as, in the language of {@code messages}. */
    public String kindLabel(Messages messages) {
        return (resourceType != null ? resourceType.words() : kind.words()).render(messages);
    }

    /** How the kind was chosen, in English ("" when it was given). */
    public String guessed() {
        return guessedText.english();
    }

    /** How the kind was chosen, in the language of {@code messages} ("" when it was given). */
    public String guessed(Messages messages) {
        return guessedText.render(messages);
    }

    /** A malformed document: lint exits 65. */
    public boolean malformed() {
        return findings.stream().anyMatch(f -> {
            LintCode c = LintCode.of(f.code());
            return c != null && c.malformed();
        });
    }

    /** An error or security warning: lint exits 1. */
    public boolean failed() {
        return findings.stream().anyMatch(f -> f.severity().failsLint());
    }
}
