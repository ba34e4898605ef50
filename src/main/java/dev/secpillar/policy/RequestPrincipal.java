package dev.secpillar.policy;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The requesting principal, decoded from its ARN (rule 19): account, type, and for sessions
 * the role or user behind them. Role and user names are unique within an account whatever
 * their path, and an assumed-role ARN drops the path, so identities compare by account + name.
 */
final class RequestPrincipal {
    private static final Pattern IAM_ARN = Pattern.compile("arn:([^:]+):(iam|sts)::(\\d{12}):(.+)");
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Pattern CANONICAL = Pattern.compile("[0-9a-fA-F]{64}");

    final String text;          // as given
    final PrincipalType type;
    final String account;       // "" when the principal has none (services, anonymous)
    final String partition;
    final String name;          // user, role or federated-user name; service or provider name
    final String sessionName;   // for role sessions
    final String identityKey;   // "account/name" of the user or role, or null

    private RequestPrincipal(String text, PrincipalType type, String account, String partition, String name,
                             String sessionName) {
        this.text = text;
        this.type = type;
        this.account = account;
        this.partition = partition;
        this.name = name;
        this.sessionName = sessionName;
        this.identityKey = name == null || account.isEmpty() ? null : account + "/" + name;
    }

    /** Decodes a principal string; empty when its type cannot be told and none was given. */
    static Optional<RequestPrincipal> decode(String text, PrincipalType givenType, String givenAccount) {
        String t = text.trim();
        String account = "";
        String partition = "aws";
        String name = null;
        String session = null;
        PrincipalType type = null;
        Matcher m = IAM_ARN.matcher(t);
        if (t.equals("*") || t.equalsIgnoreCase("anonymous")) {
            type = PrincipalType.ANONYMOUS;
        } else if (ACCOUNT_ID.matcher(t).matches()) {
            type = PrincipalType.ROOT;
            account = t;
        } else if (m.matches()) {
            partition = m.group(1);
            account = m.group(3);
            String resource = m.group(4);
            boolean sts = m.group(2).equals("sts");
            if (!sts && resource.equals("root")) {
                type = PrincipalType.ROOT;
            } else if (!sts && resource.startsWith("user/")) {
                type = PrincipalType.USER;
                name = lastSegment(resource);
            } else if (!sts && resource.startsWith("role/")) {
                type = PrincipalType.ROLE;
                name = lastSegment(resource);
            } else if (sts && resource.startsWith("assumed-role/")) {
                String[] bits = resource.split("/", 3);
                type = PrincipalType.ROLE_SESSION;
                name = bits.length > 1 ? bits[1] : "";
                session = bits.length > 2 ? bits[2] : "";
            } else if (sts && resource.startsWith("federated-user/")) {
                type = PrincipalType.FEDERATED_USER;
                name = resource.substring("federated-user/".length());
            } else if (!sts && (resource.startsWith("saml-provider/") || resource.startsWith("oidc-provider/"))) {
                type = PrincipalType.FEDERATED;
            }
        } else if (t.equalsIgnoreCase("cognito-identity.amazonaws.com") || t.equals("accounts.google.com")
                || t.equals("www.amazon.com") || t.equals("graph.facebook.com")) {
            type = PrincipalType.FEDERATED;
        } else if (t.endsWith(".amazonaws.com") || t.endsWith(".amazonaws.com.cn")) {
            type = PrincipalType.SERVICE;
            name = t;
        } else if (CANONICAL.matcher(t).matches()) {
            type = PrincipalType.CANONICAL_USER;
        }
        if (givenType != null) {
            type = givenType;
        }
        if (givenAccount != null && !givenAccount.isEmpty()) {
            account = givenAccount;
        }
        if (type == null) {
            return Optional.empty();
        }
        if (type == PrincipalType.SERVICE && name == null) {
            name = t;
        }
        return Optional.of(new RequestPrincipal(t, type, account, partition, name, session));
    }

    private static String lastSegment(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    String accountArn() {
        return "arn:" + partition + ":iam::" + account + ":root";
    }

    /** The value of aws:PrincipalArn: for a role session it is the role, not the session. */
    String principalArn() {
        switch (type) {
            case ROLE_SESSION:
                return "arn:" + partition + ":iam::" + account + ":role/" + name;
            case ROOT:
                return accountArn();
            default:
                return text;
        }
    }

    /**
     * Service-linked roles (named AWSServiceRoleFor..., path aws-service-role/) are exempt from
     * SCPs and RCPs, as AWS Organizations documents.
     */
    boolean isServiceLinkedRole() {
        return (type == PrincipalType.ROLE || type == PrincipalType.ROLE_SESSION)
                && (name != null && name.startsWith("AWSServiceRoleFor") || text.contains(":role/aws-service-role/"));
    }

    boolean isIamPrincipal() {
        return type == PrincipalType.USER || type == PrincipalType.ROLE || type == PrincipalType.ROLE_SESSION
                || type == PrincipalType.FEDERATED_USER || type == PrincipalType.ROOT;
    }
}
