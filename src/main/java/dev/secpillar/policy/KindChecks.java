package dev.secpillar.policy;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The checks Access Analyzer runs only for some policy types: role trust policies (principals,
 * federation, no Resource), resource policies of one service (its actions only, service
 * principals scoped by source) and RCPs (supported services only).
 */
final class KindChecks {
    private static final List<String> SOURCE_KEYS = List.of("aws:sourcearn", "aws:sourceaccount", "aws:sourceorgid",
            "aws:sourceorgpaths");

    /** Request keys about the calling IAM principal: a service principal's request has none of them. */
    private static final List<String> PRINCIPAL_KEYS = List.of("aws:principalarn", "aws:principalaccount",
            "aws:principalorgid", "aws:principalorgpaths", "aws:userid", "aws:username", "aws:multifactorauthpresent",
            "aws:multifactorauthage", "aws:tokenissuetime", "aws:sourceidentity", "aws:federatedprovider");

    private KindChecks() {
    }

    static void check(PolicyDocument policy, Statement st, ResourcePolicyType type, ActionCatalog catalog,
                      List<Finding> out) {
        if (policy.kind() == PolicyKind.RCP) {
            for (int i = 0; i < st.actions().size(); i++) {
                String a = st.actions().get(i);
                String service = a.equals("*") ? "*" : a.substring(0, a.indexOf(':')).toLowerCase(Locale.ROOT);
                if (!service.contains("*") && !PolicyLinter.rcpServices().contains(service)) {
                    out.add(Finding.of(LintCode.UNSUPPORTED_ACTION_IN_POLICY, st.actionPosition(i), "rcp", a,
                            String.join(", ", PolicyLinter.rcpServices().stream().sorted().toList())));
                }
            }
        }
        if (type == null) {
            return;
        }
        if (type == ResourcePolicyType.ROLE_TRUST) {
            trust(st, out);
            return;
        }
        if (!type.service().isEmpty()) {
            for (int i = 0; i < st.actions().size(); i++) {
                String a = st.actions().get(i);
                if (a.equals("*")) {
                    continue;
                }
                String service = a.substring(0, a.indexOf(':')).toLowerCase(Locale.ROOT);
                if (!service.contains("*") && !service.contains("?") && !service.equals(type.service())) {
                    out.add(Finding.of(LintCode.UNSUPPORTED_ACTION_IN_POLICY, st.actionPosition(i), "", a,
                            type.words(), type.service()));
                }
            }
            for (int i = 0; i < st.resources().size(); i++) {
                String r = st.resources().get(i);
                String[] f = ArnChecks.fields(r);
                if (r.startsWith("arn:") && f.length >= 3 && !ArnChecks.wild(f[2])
                        && !f[2].equalsIgnoreCase(type.service())) {
                    out.add(Finding.of(LintCode.UNSUPPORTED_RESOURCE_ARN_IN_POLICY, st.resourcePosition(i), "", r,
                            type.service(), type.words()));
                }
            }
        }
        serviceWithoutSource(st, out);
        servicePrincipalKeys(st, out);
        if (!st.principals().getOrDefault("Federated", List.of()).isEmpty()) {
            out.add(Finding.of(LintCode.FEDERATED_PRINCIPAL_NOT_SUPPORTED, st.positionOf("Principal"), "",
                    type.words()));
        }
    }

    /** Conditions on the calling principal never hold for a statement that names only service principals. */
    private static void servicePrincipalKeys(Statement st, List<Finding> out) {
        Map<String, List<String>> principals = st.principals();
        if (principals.isEmpty() || !principals.keySet().equals(java.util.Set.of("Service"))) {
            return;
        }
        for (ConditionClause c : st.conditionClauses()) {
            if (PRINCIPAL_KEYS.contains(c.keyLower) || c.keyLower.startsWith("aws:principaltag/")) {
                out.add(Finding.of(LintCode.UNSUPPORTED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL, c.keyPosition, "", c.key));
            }
        }
    }

    /** A resource policy granting a service principal should say on whose behalf (aws:SourceArn / SourceAccount). */
    private static void serviceWithoutSource(Statement st, List<Finding> out) {
        if (st.effect() != Effect.ALLOW || st.usesNotPrincipal()) {
            return;
        }
        List<String> services = st.principals().getOrDefault("Service", List.of());
        if (services.isEmpty()) {
            return;
        }
        boolean scoped = st.conditionClauses().stream().anyMatch(c -> SOURCE_KEYS.contains(c.keyLower));
        if (!scoped) {
            out.add(Finding.of(LintCode.RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL, st.positionOf("Principal"), "",
                    services.get(0)));
        }
    }

    private static void trust(Statement st, List<Finding> out) {
        if (st.hasResourceElement()) {
            String element = st.usesNotResource() ? "NotResource" : "Resource";
            out.add(Finding.of(LintCode.ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE, st.positionOf(element), "", element));
        }
        if (st.usesNotPrincipal()) {
            out.add(Finding.of(LintCode.ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL, st.positionOf("NotPrincipal"), ""));
        }
        Map<String, List<String>> principals = st.principals();
        if (st.effect() == Effect.ALLOW && !st.usesNotPrincipal() && (principals.containsKey("*")
                || principals.getOrDefault("AWS", List.of()).contains("*"))) {
            out.add(Finding.of(LintCode.ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL, st.positionOf("Principal"),
                    ""));
        }
        List<String> awsPrincipals = principals.getOrDefault("AWS", List.of());
        for (String p : awsPrincipals) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("arn:([^:]+):sts::(\\d{12}):assumed-role/([^/]+)/.+")
                    .matcher(p);
            if (m.matches() && awsPrincipals.contains("arn:" + m.group(1) + ":iam::" + m.group(2) + ":role/" + m.group(3))) {
                out.add(Finding.of(LintCode.REDUNDANT_PRINCIPAL_IN_ROLE_TRUST_POLICY, st.positionOf("Principal"), "", p,
                        "arn:" + m.group(1) + ":iam::" + m.group(2) + ":role/" + m.group(3)));
            }
        }
        if (principals.getOrDefault("Service", List.of()).contains("rolesanywhere.amazonaws.com")
                && st.effect() == Effect.ALLOW && !st.usesNotAction()) {
            List<String> missing = new java.util.ArrayList<>();
            for (String needed : List.of("sts:AssumeRole", "sts:SetSourceIdentity", "sts:TagSession")) {
                if (!grants(st, needed)) {
                    missing.add(needed);
                }
            }
            if (!missing.isEmpty()) {
                out.add(Finding.of(LintCode.MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY, st.positionOf("Action"), "",
                        String.join(", ", missing)));
            }
        }
        if (st.effect() == Effect.ALLOW && !st.usesNotAction()) {
            for (ConditionClause c : st.conditionClauses()) {
                String needed = c.keyLower.startsWith("aws:requesttag/") || c.keyLower.equals("aws:tagkeys")
                        ? "sts:TagSession" : c.keyLower.equals("sts:sourceidentity") ? "sts:SetSourceIdentity" : null;
                if (needed != null && !grants(st, needed)) {
                    out.add(Finding.of(LintCode.MISSING_ACTION_FOR_CONDITION_KEY, c.keyPosition, "", c.key, needed));
                }
            }
        }
        for (String provider : principals.getOrDefault("Federated", List.of())) {
            if (!provider.matches("arn:[^:]+:iam::\\d{12}:(saml-provider|oidc-provider)/.+")
                    && !provider.matches("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(/.*)?")) {
                out.add(Finding.of(LintCode.INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY,
                        st.positionOf("Principal"), "", provider));
                continue;
            }
            boolean saml = provider.contains(":saml-provider/");
            String needed = saml ? "sts:assumerolewithsaml" : "sts:assumerolewithwebidentity";
            boolean hasNeeded = false;
            for (Glob g : st.actionGlobs()) {
                hasNeeded |= g.matches(needed);
            }
            if (!hasNeeded && !st.usesNotAction()) {
                out.add(Finding.of(LintCode.MISMATCHED_ACTION_FOR_PRINCIPAL, st.positionOf("Action"), "", provider,
                        saml ? "sts:AssumeRoleWithSAML" : "sts:AssumeRoleWithWebIdentity"));
            }
            if (saml || st.effect() != Effect.ALLOW) {
                continue;
            }
            String host = provider.contains(":oidc-provider/") ? provider.substring(provider.indexOf(":oidc-provider/")
                    + ":oidc-provider/".length()) : provider;
            String hostLower = host.toLowerCase(Locale.ROOT);
            boolean github = hostLower.startsWith("token.actions.githubusercontent.com");
            boolean anyProviderKey = st.conditionClauses().stream().anyMatch(c -> c.keyLower.startsWith(hostLower + ":"));
            if (github) {
                ConditionClause sub = st.conditionClauses().stream()
                        .filter(c -> c.keyLower.equals("token.actions.githubusercontent.com:sub")).findFirst().orElse(null);
                if (sub == null) {
                    out.add(Finding.of(LintCode.MISSING_GITHUB_REPO_CONDITION_KEY, st.positionOf("Principal"), ""));
                } else if (sub.values.stream().anyMatch(v -> v.equals("*") || v.matches("repo:[^/]*\\*.*")
                        || v.matches("repo:[^:]*/\\*.*"))) {
                    out.add(Finding.of(LintCode.SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED, sub.keyPosition, ""));
                }
            } else if (!anyProviderKey) {
                out.add(Finding.of(LintCode.MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL, st.positionOf("Principal"), "",
                        host));
            }
        }
    }

    private static boolean grants(Statement st, String action) {
        String lower = action.toLowerCase(Locale.ROOT);
        for (Glob g : st.actionGlobs()) {
            if (g.matches(lower)) {
                return true;
            }
        }
        return false;
    }
}
