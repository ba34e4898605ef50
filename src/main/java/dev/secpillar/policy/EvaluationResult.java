package dev.secpillar.policy;

import java.util.List;
import java.util.function.Supplier;

/**
 * The decision, the reasons that decided it, and (computed on first request, since the fast
 * path does not need it) the full trace.
 */
public final class EvaluationResult {
    private final Decision decision;
    private final List<Reason> reasons;
    private final Supplier<Trace> traceSupplier;
    private Trace trace;

    EvaluationResult(Decision decision, List<Reason> reasons, Supplier<Trace> traceSupplier) {
        this.decision = decision;
        this.reasons = List.copyOf(reasons);
        this.traceSupplier = traceSupplier;
    }

    public Decision decision() {
        return decision;
    }

    public boolean allowed() {
        return decision == Decision.ALLOW;
    }

    public List<Reason> reasons() {
        return reasons;
    }

    public synchronized Trace trace() {
        if (trace == null) {
            trace = traceSupplier.get();
        }
        return trace;
    }

    /**
     * One line for people, e.g. "Explicit deny: scps[0][0] statement DenyOutsideRegion (...)" or
     * "Implicit deny: no statement in identityPolicies allows s3:PutObject".
     */
    public String summary() {
        String head;
        switch (decision) {
            case ALLOW:
                head = "Allow";
                break;
            case EXPLICIT_DENY:
                head = "Explicit deny";
                break;
            default:
                head = "Implicit deny";
        }
        if (reasons.isEmpty()) {
            return head;
        }
        return head + ": " + reasons.get(0).describe();
    }

    @Override
    public String toString() {
        return summary();
    }
}
