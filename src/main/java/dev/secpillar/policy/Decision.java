package dev.secpillar.policy;

/** The three answers AWS can give. */
public enum Decision {
    ALLOW("Allow"),
    EXPLICIT_DENY("ExplicitDeny"),
    IMPLICIT_DENY("ImplicitDeny");

    private final String wireName;

    Decision(String wireName) {
        this.wireName = wireName;
    }

    /** "Allow", "ExplicitDeny" or "ImplicitDeny", as in JSON output. */
    public String wireName() {
        return wireName;
    }

    public boolean isAllowed() {
        return this == ALLOW;
    }
}
