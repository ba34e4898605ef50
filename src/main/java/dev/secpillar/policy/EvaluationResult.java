package dev.secpillar.policy;

import dev.secpillar.i18n.Messages;
import dev.secpillar.i18n.Text;
import java.util.List;
import java.util.function.Supplier;

/**
 * The decision, the reasons that decided it, and (computed on first request, since the fast
 * path does not need it) the full trace.
 */
public final class EvaluationResult {
    private final Decision decision;
    private final Supplier<List<Reason>> reasonSupplier;
    private final Scenario scenario;
    private List<Reason> reasons;
    private Trace trace;

    EvaluationResult(Decision decision, Supplier<List<Reason>> reasonSupplier, Scenario scenario) {
        this.decision = decision;
        this.reasonSupplier = reasonSupplier;
        this.scenario = scenario;
    }

    public Decision decision() {
        return decision;
    }

    public boolean allowed() {
        return decision == Decision.ALLOW;
    }

    /** The policies and statements that decided (built on first call). */
    public synchronized List<Reason> reasons() {
        if (reasons == null) {
            reasons = List.copyOf(reasonSupplier.get());
        }
        return reasons;
    }

    /** What the evaluation had to assume because the scenario left it out (e.g. the default KMS key policy). */
    public List<String> assumptions() {
        return assumptions(Text.ENGLISH_MESSAGES);
    }

    public List<String> assumptions(Messages m) {
        return PolicyEvaluator.defaultKeyPolicyAssumed(scenario)
                ? List.of(PolicyEvaluator.DEFAULT_KEY_POLICY.render(m)) : List.of();
    }

    /** Every policy and statement with why it applied or not (built on first call). */
    public synchronized Trace trace() {
        if (trace == null) {
            trace = Explainer.trace(scenario, PolicyEvaluator.steps(scenario));
        }
        return trace;
    }

    /**
     * One line for people, e.g. "Explicit deny: scps[0][0] statement DenyOutsideRegion (...)" or
     * "Implicit deny: no statement in identityPolicies allows s3:PutObject".
     */
    public String summary() {
        return summary(Text.ENGLISH_MESSAGES);
    }

    /** The same line in the learner's language. */
    public String summary(Messages m) {
        String head = m.get(switch (decision) {
            case ALLOW -> "policy.summary.allow";
            case EXPLICIT_DENY -> "policy.summary.explicit_deny";
            default -> "policy.summary.implicit_deny";
        });
        List<Reason> all = reasons();
        if (all.isEmpty()) {
            return head;
        }
        return head + ": " + all.get(0).describe(m);
    }

    @Override
    public String toString() {
        return summary();
    }
}
