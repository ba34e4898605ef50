package dev.secpillar.policy;

import dev.secpillar.i18n.Text;

/**
 * The kinds of policy a scenario holds, with AWS's size quota for each, counted in characters
 * without white space (IAM does not count white space).
 */
public enum PolicyKind {
    /**
     * The largest identity policy quota: a role's inline policies (10,240). Managed policies
     * stop at 6,144 and a user's inline policies at 2,048, but the scenario does not say which
     * kind an identity policy is, so only what no identity policy may exceed is refused.
     */
    IDENTITY("identity policy", 10_240),
    /** The largest common resource policy quota (S3 bucket policy, 20 KB). */
    RESOURCE("resource policy", 20_480),
    /** A boundary is always a managed policy (6,144). */
    BOUNDARY("permissions boundary", 6_144),
    /** Inline session policies are limited to 2,048 characters. */
    SESSION("session policy", 2_048),
    SCP("service control policy", 5_120),
    RCP("resource control policy", 5_120),
    /** A policy of unknown kind: the largest quota of any kind applies. */
    ANY("policy", 20_480);

    private final String label;
    private final int maxCharacters;

    PolicyKind(String label, int maxCharacters) {
        this.label = label;
        this.maxCharacters = maxCharacters;
    }

    public String label() {
        return label;
    }

    public int maxCharacters() {
        return maxCharacters;
    }

    /** "identity policy", "service control policy", ... in the learner's language. */
    Text words() {
        return Text.of("lint.kind." + name());
    }

    /** "an identity policy", "a service control policy", ...: the kind with its article. */
    Text withArticle() {
        return Text.of("lint.aKind." + name());
    }
}
