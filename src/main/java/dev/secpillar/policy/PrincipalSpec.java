package dev.secpillar.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A statement's Principal or NotPrincipal element, indexed for matching. */
final class PrincipalSpec {
    private static final Pattern IAM = Pattern.compile("arn:[^:]+:iam::(\\d{12}):(root|user/.*|role/.*)");

    final Map<String, List<String>> written;   // "AWS" -> values, as written; "*" -> ["*"]
    private final boolean any;
    private final Set<String> accounts = new HashSet<>();
    private final Set<String> users = new HashSet<>();      // account/name
    private final Set<String> roles = new HashSet<>();      // account/name
    private final Set<String> awsExact = new HashSet<>();
    private final Set<String> services = new HashSet<>();
    private final Set<String> federated = new HashSet<>();
    private final Set<String> canonical = new HashSet<>();

    PrincipalSpec(Map<String, List<String>> written) {
        this.written = new LinkedHashMap<>(written);
        boolean star = written.containsKey("*");
        for (Map.Entry<String, List<String>> e : written.entrySet()) {
            for (String value : e.getValue()) {
                switch (e.getKey()) {
                    case "AWS":
                        star |= value.equals("*");
                        indexAws(value);
                        break;
                    case "Service":
                        star |= value.equals("*");
                        services.add(value);
                        break;
                    case "Federated":
                        federated.add(value);
                        break;
                    case "CanonicalUser":
                        canonical.add(value);
                        break;
                    default:
                        break;
                }
            }
        }
        this.any = star;
    }

    private void indexAws(String value) {
        awsExact.add(value);
        if (value.matches("\\d{12}")) {
            accounts.add(value);
            return;
        }
        Matcher m = IAM.matcher(value);
        if (m.matches()) {
            String account = m.group(1);
            String rest = m.group(2);
            String name = rest.substring(rest.lastIndexOf('/') + 1);
            if (rest.equals("root")) {
                accounts.add(account);
            } else if (rest.startsWith("user/")) {
                users.add(account + "/" + name);
            } else {
                roles.add(account + "/" + name);
            }
        }
    }

    boolean isAny() {
        return any;
    }

    List<String> allValues() {
        List<String> out = new ArrayList<>();
        written.values().forEach(out::addAll);
        return out;
    }

    /** How the Principal element names the requester. */
    MatchLevel match(RequestPrincipal p) {
        if (any) {
            return MatchLevel.DIRECT;
        }
        switch (p.type) {
            case SERVICE:
                return services.contains(p.name) ? MatchLevel.DIRECT : MatchLevel.NONE;
            case FEDERATED:
                return federated.contains(p.text) ? MatchLevel.DIRECT : MatchLevel.NONE;
            case CANONICAL_USER:
                return canonical.contains(p.text) ? MatchLevel.DIRECT : MatchLevel.NONE;
            case ANONYMOUS:
                return MatchLevel.NONE;
            case ROOT:
                return accounts.contains(p.account) || awsExact.contains(p.text) ? MatchLevel.DIRECT : MatchLevel.NONE;
            case USER:
                if (awsExact.contains(p.text) || users.contains(p.identityKey)) {
                    return MatchLevel.DIRECT;
                }
                break;
            case ROLE:
                if (awsExact.contains(p.text) || roles.contains(p.identityKey)) {
                    return MatchLevel.ISSUER;
                }
                break;
            case ROLE_SESSION:
                if (awsExact.contains(p.text)) {
                    return MatchLevel.DIRECT;
                }
                if (roles.contains(p.identityKey)) {
                    return MatchLevel.ISSUER;
                }
                break;
            case FEDERATED_USER:
                if (awsExact.contains(p.text)) {
                    return MatchLevel.DIRECT;
                }
                if (users.contains(p.identityKey)) {
                    return MatchLevel.ISSUER;
                }
                break;
            default:
                break;
        }
        return accounts.contains(p.account) ? MatchLevel.ACCOUNT : MatchLevel.NONE;
    }

    /**
     * For NotPrincipal (rule 11): is the requester exempt? AWS checks the account, then the role,
     * then the session, so every link of that chain must be listed: a user needs its account
     * and user ARN, a role session its account, role and session ARN. Listing only the account
     * exempts only the root user.
     */
    boolean exempts(RequestPrincipal p) {
        if (any) {
            return true;
        }
        boolean account = accounts.contains(p.account);
        switch (p.type) {
            case ROOT:
                return account;
            case USER:
                return account && (awsExact.contains(p.text) || users.contains(p.identityKey));
            case ROLE:
                return account && (awsExact.contains(p.text) || roles.contains(p.identityKey));
            case ROLE_SESSION:
                return account && roles.contains(p.identityKey) && awsExact.contains(p.text);
            case FEDERATED_USER:
                return account && awsExact.contains(p.text);
            case SERVICE:
                return services.contains(p.name);
            case FEDERATED:
                return federated.contains(p.text);
            case CANONICAL_USER:
                return canonical.contains(p.text);
            default:
                return false;
        }
    }

    @Override
    public String toString() {
        if (written.containsKey("*")) {
            return "*";
        }
        return written.toString();
    }
}
