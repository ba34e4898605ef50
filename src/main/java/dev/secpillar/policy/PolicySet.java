package dev.secpillar.policy;

import java.util.List;

/** Policies of one type (or one SCP/RCP level) with the labels reasons use for them. */
final class PolicySet {
    final String name;
    final PolicyDocument[] policies;
    final String[] labels;
    /** The scan result of a set without policies, shared because it never changes. */
    final PolicyEvaluator.Scan emptyScan;

    /** No policies at all (identity policies of a caller that cannot have any). */
    static final PolicySet NONE = new PolicySet("none", new PolicyDocument[0], new String[0]);

    private PolicySet(String name, PolicyDocument[] policies, String[] labels) {
        this.name = name;
        this.policies = policies;
        this.labels = labels;
        this.emptyScan = new PolicyEvaluator.Scan(this);
    }

    static PolicySet indexed(String name, List<PolicyDocument> policies) {
        PolicyDocument[] p = policies.toArray(new PolicyDocument[0]);
        String[] labels = new String[p.length];
        for (int i = 0; i < p.length; i++) {
            labels[i] = name + "[" + i + "]";
        }
        return new PolicySet(name, p, labels);
    }

    static PolicySet single(String name, PolicyDocument policy) {
        if (policy == null) {
            return new PolicySet(name, new PolicyDocument[0], new String[0]);
        }
        return new PolicySet(name, new PolicyDocument[] {policy}, new String[] {name});
    }

    boolean isEmpty() {
        return policies.length == 0;
    }
}
