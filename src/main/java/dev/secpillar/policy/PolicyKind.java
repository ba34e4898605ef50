package dev.secpillar.policy;

/**
 * The kinds of policy a scenario holds, with AWS's size quota for each, counted in characters
 * without white space (IAM does not count white space).
 */
public enum PolicyKind {
    /** Customer managed policy quota (6,144). */
    IDENTITY("identity policy", 6_144),
    /** The largest common resource policy quota (S3 bucket policy, 20 KB). */
    RESOURCE("resource policy", 20_480),
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
}
