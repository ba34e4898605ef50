package dev.secpillar.policy;

import java.util.Locale;
import java.util.Optional;

/** Who is asking. Derived from the principal ARN unless the scenario says otherwise. */
public enum PrincipalType {
    USER("user", "User"),
    ROLE("role", "AssumedRole"),
    ROLE_SESSION("role-session", "AssumedRole"),
    FEDERATED_USER("federated-user", "FederatedUser"),
    FEDERATED("federated", "WebIdentityUser"),
    SERVICE("service", null),
    ROOT("root", "Account"),
    CANONICAL_USER("canonical-user", null),
    ANONYMOUS("anonymous", "Anonymous");

    private final String wireName;
    private final String awsPrincipalType;

    PrincipalType(String wireName, String awsPrincipalType) {
        this.wireName = wireName;
        this.awsPrincipalType = awsPrincipalType;
    }

    public String wireName() {
        return wireName;
    }

    /** The value AWS puts in aws:PrincipalType, when it sets one. */
    Optional<String> awsPrincipalType() {
        return Optional.ofNullable(awsPrincipalType);
    }

    /** Reads "user", "role-session", "assumed-role", "AssumedRole", "root", "account", ... */
    public static Optional<PrincipalType> fromName(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace("_", "-").replace(" ", "-");
        switch (n) {
            case "user": case "iam-user": return Optional.of(USER);
            case "role": return Optional.of(ROLE);
            case "role-session": case "rolesession": case "assumed-role": case "assumedrole": case "session":
                return Optional.of(ROLE_SESSION);
            case "federated-user": case "federateduser": return Optional.of(FEDERATED_USER);
            case "federated": case "web-identity": case "saml": return Optional.of(FEDERATED);
            case "service": case "aws-service": return Optional.of(SERVICE);
            case "root": case "account": return Optional.of(ROOT);
            case "canonical-user": case "canonicaluser": return Optional.of(CANONICAL_USER);
            case "anonymous": return Optional.of(ANONYMOUS);
            default: return Optional.empty();
        }
    }
}
