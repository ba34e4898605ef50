package dev.secpillar.policy;

import java.util.Optional;

/**
 * Why the decision came out as it did: the policy (e.g. "identityPolicies[0]", "scps[1][0]",
 * "resourcePolicy", or a whole level "scps[1]") and, when one statement decided, that
 * statement's Sid or index, with a short explanation.
 */
public record Reason(String policy, Optional<String> statement, Optional<Effect> effect, String detail) {

    static Reason statement(String policy, Statement s, String detail) {
        return new Reason(policy, Optional.of(s.label()), Optional.of(s.effect()), detail);
    }

    static Reason missing(String policy, String detail) {
        return new Reason(policy, Optional.empty(), Optional.empty(), detail);
    }

    /** "scps[0][0] statement DenyOutsideRegion (aws:RequestedRegion us-west-2 not in [...])". */
    public String describe() {
        if (statement.isEmpty()) {
            // A missing allow: the detail already names the policy ("no statement in ... allows ...").
            return detail.isEmpty() ? policy : detail;
        }
        StringBuilder sb = new StringBuilder(policy).append(" statement ").append(statement.get());
        if (!detail.isEmpty()) {
            sb.append(" (").append(detail).append(')');
        }
        return sb.toString();
    }
}
