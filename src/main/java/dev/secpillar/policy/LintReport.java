package dev.secpillar.policy;

import java.util.List;
import java.util.Optional;

/**
 * What lint found in one policy text, and which kind of policy it checked it as.
 *
 * @param findings every finding, sorted by position
 * @param kind the kind of policy the checks assumed
 * @param resourceType for resource policies, which resource (null otherwise)
 * @param guessed how the kind was chosen when it was not given ("" when it was given)
 * @param document the policy as read (empty when the text is not a JSON object)
 */
public record LintReport(List<Finding> findings, PolicyKind kind, ResourcePolicyType resourceType, String guessed,
                         Optional<PolicyDocument> document) {

    /** "identity policy", "S3 bucket policy", ... */
    public String kindLabel() {
        return resourceType != null ? resourceType.label() : kind.label();
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
