package dev.secpillar.policy;

import dev.secpillar.i18n.Messages;
import dev.secpillar.i18n.Text;
import java.util.Optional;

/**
 * Why the decision came out as it did: the policy (e.g. "identityPolicies[0]", "scps[1][0]",
 * "resourcePolicy", or a whole level "scps[1]") and, when one statement decided, that
 * statement's Sid or index, with a short explanation ({@code why}, in the learner's language
 * when rendered).
 */
public record Reason(String policy, Optional<String> statement, Optional<Effect> effect, Text why) {

    static Reason statement(String policy, Statement s, Text why) {
        return new Reason(policy, Optional.of(s.label()), Optional.of(s.effect()), why);
    }

    static Reason missing(String policy, Text why) {
        return new Reason(policy, Optional.empty(), Optional.empty(), why);
    }

    /** The short explanation in English. */
    public String detail() {
        return why.english();
    }

    public String detail(Messages m) {
        return why.render(m);
    }

    /** "scps[0][0] statement DenyOutsideRegion (aws:RequestedRegion us-west-2 not in [...])". */
    public String describe() {
        return describe(Text.ENGLISH_MESSAGES);
    }

    public String describe(Messages m) {
        String detail = why.render(m);
        if (statement.isEmpty()) {
            // A missing allow: the detail already names the policy ("no statement in ... allows ...").
            return detail.isEmpty() ? policy : detail;
        }
        return detail.isEmpty() ? m.get("policy.reason.statement", policy, statement.get())
                : m.get("policy.reason.statement.why", policy, statement.get(), detail);
    }
}
