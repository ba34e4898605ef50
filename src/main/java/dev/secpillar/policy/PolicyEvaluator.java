package dev.secpillar.policy;

import dev.secpillar.i18n.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * AWS's policy evaluation logic, in the order AWS documents it:
 * <ol>
 *   <li>an explicit Deny in any applicable policy ends evaluation (rule 1);</li>
 *   <li>SCPs, then RCPs, must allow at every level of the organization (rule 4);</li>
 *   <li>within one account, an Allow from the identity side (identity policy, limited by the
 *       permissions boundary and session policy) or from the resource policy is enough
 *       (rules 2, 5, 6, 7);</li>
 *   <li>across accounts, both sides must allow (rule 3);</li>
 *   <li>otherwise the request is implicitly denied (rule 1).</li>
 * </ol>
 * Evaluation allocates only a handful of small objects; explanations are built only when
 * {@link EvaluationResult#trace()} is asked for.
 */
public final class PolicyEvaluator {

    private PolicyEvaluator() {
    }

    public static EvaluationResult evaluate(Scenario scenario) {
        return run(scenario, null);
    }

    /** The decision alone. */
    public static Decision decide(Scenario scenario) {
        return run(scenario, null).decision();
    }

    // ---- one pass over a set of policies ----------------------------------------------

    /** What one policy set (or one SCP/RCP level) said about the request. */
    static final class Scan {
        final PolicySet set;
        List<int[]> denies;             // [policy, statement] of each Deny that applied
        int allowPolicy = -1;
        int allowStatement = -1;
        MatchLevel best = MatchLevel.NONE;

        Scan(PolicySet set) {
            this.set = set;
        }

        boolean denies() {
            return denies != null;
        }

        boolean allows() {
            return allowPolicy >= 0;
        }

        Statement allowing() {
            return set.policies[allowPolicy].statements().get(allowStatement);
        }

        String allowingLabel() {
            return set.labels[allowPolicy];
        }
    }

    /**
     * Scans a policy set. For resource policies the Principal element must name the requester;
     * the best way it does so is kept (see {@link MatchLevel}).
     */
    private static Scan scan(PolicySet set, Request request, boolean resourcePolicy, boolean hasBoundary) {
        if (set.isEmpty()) {
            return set.emptyScan;   // nothing to record: share one immutable empty result
        }
        Scan scan = new Scan(set);
        RequestPrincipal who = request.who();
        for (int p = 0; p < set.policies.length; p++) {
            List<Statement> statements = set.policies[p].statements();
            for (int i = 0, n = statements.size(); i < n; i++) {
                Statement st = statements.get(i);
                if (!st.actionApplies(request) || !st.resourceApplies(request)) {
                    continue;
                }
                MatchLevel level = resourcePolicy ? principalLevel(st, who, hasBoundary) : MatchLevel.DIRECT;
                if (level == MatchLevel.NONE || st.failingCondition(request) >= 0) {
                    continue;
                }
                if (st.effect() == Effect.DENY) {
                    if (scan.denies == null) {
                        scan.denies = new ArrayList<>(2);
                    }
                    scan.denies.add(new int[] {p, i});
                } else if (level.compareTo(scan.best) > 0) {
                    scan.best = level;
                    scan.allowPolicy = p;
                    scan.allowStatement = i;
                }
            }
        }
        return scan;
    }

    private static MatchLevel principalLevel(Statement st, RequestPrincipal who, boolean hasBoundary) {
        // AWS documents that a Deny with NotPrincipal in a resource policy always denies a
        // principal that has a permissions boundary, whatever NotPrincipal lists.
        if (hasBoundary && st.effect() == Effect.DENY && st.usesNotPrincipal() && who.isIamPrincipal()) {
            return MatchLevel.DIRECT;
        }
        return st.principalLevel(who);
    }

    // ---- the decision, one method per documented rule ---------------------------------

    /** Everything one evaluation looked at: the request, each policy set's scan, the trace steps. */
    private static final class Pass {
        final Scenario s;
        final Request request;
        final RequestPrincipal who;
        final List<Text> steps;
        final boolean hasBoundary;
        final boolean scpsApply;
        final boolean iam;
        Scan[] scpScans;
        Scan[] rcpScans;
        Scan resource;
        Scan identity;
        Scan boundary;
        Scan session;
        // The identity side (rules 5 and 7), filled in by identitySide().
        boolean root;
        boolean identityAllows;
        boolean boundaryOk;
        boolean sessionOk;
        boolean identitySideAllows;

        Pass(Scenario s, List<Text> steps) {
            this.s = s;
            this.request = s.request();
            this.who = request.who();
            this.steps = steps;
            this.hasBoundary = !s.boundarySet.isEmpty();
            // SCPs govern IAM users and roles (and the root user) of member accounts; they do not
            // apply to AWS service principals, anonymous or federated callers.
            this.scpsApply = who.isIamPrincipal() && !who.isServiceLinkedRole();
            this.iam = who.isIamPrincipal();
        }
    }

    private static EvaluationResult run(Scenario s, List<Text> steps) {
        Pass p = scanAll(s, steps);
        EvaluationResult decided = explicitDeny(p);
        if (decided == null) {
            decided = organizationPolicies(p);
        }
        if (decided == null && !p.iam) {
            decided = nonIamCaller(p);
        }
        if (decided != null) {
            return decided;
        }
        identitySide(p);
        if (p.request.sameAccount() || p.request.awsOwnedResource()) {
            return sameAccount(p);
        }
        return crossAccount(p);
    }

    /** Scans every policy set that applies to this caller. */
    private static Pass scanAll(Scenario s, List<Text> steps) {
        Pass p = new Pass(s, steps);
        Request request = p.request;
        p.scpScans = new Scan[p.scpsApply ? s.scpLevels.length : 0];
        for (int i = 0; i < p.scpScans.length; i++) {
            p.scpScans[i] = scan(s.scpLevels[i], request, false, p.hasBoundary);
        }
        // RCPs apply to every caller, AWS services included, except service-linked roles.
        p.rcpScans = new Scan[p.who.isServiceLinkedRole() ? 0 : s.rcpLevels.length];
        for (int i = 0; i < p.rcpScans.length; i++) {
            p.rcpScans[i] = scan(s.rcpLevels[i], request, false, p.hasBoundary);
        }
        p.resource = scan(s.resourceSet, request, true, p.hasBoundary);
        // Identity-side policies only exist for IAM principals.
        p.identity = scan(p.iam ? s.identitySet : PolicySet.NONE, request, false, false);
        p.boundary = scan(p.iam ? s.boundarySet : PolicySet.NONE, request, false, false);
        p.session = scan(p.iam ? s.sessionSet : PolicySet.NONE, request, false, false);
        if (steps != null) {
            steps.add(describePrincipal(request));
            if (!p.scpsApply && s.scpLevels.length > 0) {
                steps.add(Text.of("policy.step.scps_skipped"));
            }
            if (defaultKeyPolicyAssumed(s)) {
                steps.add(DEFAULT_KEY_POLICY);
            }
        }
        return p;
    }

    /** Rule 1: an explicit deny in any applicable policy wins. */
    private static EvaluationResult explicitDeny(Pass p) {
        boolean anyDeny = p.identity.denies() || p.resource.denies() || p.boundary.denies() || p.session.denies();
        for (Scan scan : p.scpScans) {
            anyDeny |= scan.denies();
        }
        for (Scan scan : p.rcpScans) {
            anyDeny |= scan.denies();
        }
        if (!anyDeny) {
            return null;
        }
        note(p.steps, Text.of("policy.step.explicit_deny"));
        Scan[] order = new Scan[p.scpScans.length + p.rcpScans.length + 4];
        System.arraycopy(p.scpScans, 0, order, 0, p.scpScans.length);
        System.arraycopy(p.rcpScans, 0, order, p.scpScans.length, p.rcpScans.length);
        int k = p.scpScans.length + p.rcpScans.length;
        order[k] = p.resource;
        order[k + 1] = p.identity;
        order[k + 2] = p.boundary;
        order[k + 3] = p.session;
        Request request = p.request;
        return result(Decision.EXPLICIT_DENY, () -> {
            List<Reason> found = new ArrayList<>(2);
            for (Scan scan : order) {
                addDenies(found, scan, request);
            }
            return found;
        }, p.s);
    }

    /** Rule 4: SCPs, then RCPs, never grant, but every level from the root down must allow. */
    private static EvaluationResult organizationPolicies(Pass p) {
        Request request = p.request;
        for (int i = 0; i < p.scpScans.length; i++) {
            if (!p.scpScans[i].allows()) {
                note(p.steps, Text.of("policy.step.scp_level_denies", i));
                int level = i;
                return result(Decision.IMPLICIT_DENY, () -> List.of(Reason.missing("scps[" + level + "]",
                        Text.of("policy.reason.no_scp", level, request.action()))), p.s);
            }
        }
        if (p.scpScans.length > 0) {
            note(p.steps, Text.of("policy.step.scps_allow"));
        }
        // A level without RCPs has only RCPFullAWSAccess.
        for (int i = 0; i < p.rcpScans.length; i++) {
            if (!p.s.rcpLevels[i].isEmpty() && !p.rcpScans[i].allows()) {
                note(p.steps, Text.of("policy.step.rcp_level_denies", i));
                int level = i;
                return result(Decision.IMPLICIT_DENY, () -> List.of(Reason.missing("rcps[" + level + "]",
                        Text.of("policy.reason.no_rcp", level, request.action()))), p.s);
            }
        }
        if (p.rcpScans.length > 0) {
            note(p.steps, Text.of("policy.step.rcps_allow"));
        }
        return null;
    }

    /** Service principals, anonymous and federated callers have no identity policies: only the resource policy grants. */
    private static EvaluationResult nonIamCaller(Pass p) {
        Request request = p.request;
        Scan resource = p.resource;
        if (resource.allows()) {
            note(p.steps, Text.of("policy.step.non_iam_granted"));
            return result(Decision.ALLOW, () -> List.of(allowReason(resource, request)), p.s);
        }
        note(p.steps, Text.of("policy.step.non_iam_denied"));
        return result(Decision.IMPLICIT_DENY, () -> List.of(Reason.missing("resourcePolicy", Text.of(p.s.resourceSet.isEmpty()
                ? "policy.reason.no_resource_policy" : "policy.reason.no_resource_statement", request.action(),
                request.principal()))), p.s);
    }

    /**
     * Rules 5 and 7: the identity side is the identity policy, capped by the permissions
     * boundary and the session policy. The root user needs no identity policy in its own account.
     */
    private static void identitySide(Pass p) {
        p.root = p.who.type == PrincipalType.ROOT;
        p.identityAllows = p.root || p.identity.allows();
        p.boundaryOk = p.root || !p.hasBoundary || p.boundary.allows();
        p.sessionOk = p.root || p.s.sessionSet.isEmpty() || p.session.allows();
        p.identitySideAllows = p.identityAllows && p.boundaryOk && p.sessionOk;
        if (keyPolicyGatesIam(p.s, p.request) && p.resource.best == MatchLevel.NONE) {
            // AWS KMS: IAM policies count only when the key policy lets the account's IAM
            // policies grant access (an Allow naming the account). When no key policy is given,
            // the default key policy, which does exactly that, is assumed.
            p.identitySideAllows = false;
            note(p.steps, Text.of("policy.step.kms_gate"));
        }
    }

    /**
     * Rule 2 (and rule 6): in one account the identity side or the resource policy is enough;
     * how the resource policy names the principal decides what still limits it. Resources AWS
     * owns (AWS managed policies) have no resource policy: the identity side alone decides.
     */
    private static EvaluationResult sameAccount(Pass p) {
        Request request = p.request;
        Scan resource = p.resource;
        boolean resourceSide;
        switch (resource.best) {
            case DIRECT:
                // The IAM user ARN or the session ARN itself: implicit denies in the identity
                // policy, boundary or session policy do not limit this grant.
                resourceSide = true;
                break;
            case ISSUER:
                // The role ARN (or the IAM user behind a federated session): still limited
                // by the boundary and the session policy.
                resourceSide = p.boundaryOk && p.sessionOk;
                break;
            default:
                // Naming only the account delegates to the account's identity policies.
                resourceSide = false;
        }
        Text scope = Text.of(request.awsOwnedResource() && !request.sameAccount() ? "policy.scope.aws_owned" : "policy.scope.same_account");
        boolean identitySide = p.identitySideAllows;
        if (identitySide || resourceSide) {
            if (resourceSide) {
                note(p.steps, Text.of("policy.step.resource_grant_enough", scope));
            }
            if (identitySide) {
                note(p.steps, Text.of(resourceSide ? "policy.step.identity_allows_too" : "policy.step.identity_allows", scope));
            }
            return result(Decision.ALLOW, () -> {
                List<Reason> reasons = new ArrayList<>();
                if (resourceSide) {
                    reasons.add(allowReason(resource, request));
                }
                if (identitySide) {
                    addIdentityReasons(reasons, p.root, p.identity, p.boundary, p.session, p.hasBoundary, p.s);
                }
                return reasons;
            }, p.s);
        }
        note(p.steps, Text.of("policy.step.neither_allows", scope));
        return result(Decision.IMPLICIT_DENY, () -> {
            List<Reason> reasons = new ArrayList<>();
            addIdentityGaps(reasons, request, p.identityAllows, p.boundaryOk, p.sessionOk, p.s);
            if (resource.best == MatchLevel.ISSUER) {
                reasons.add(Reason.statement(resource.allowingLabel(), resource.allowing(),
                        Text.of("policy.reason.names_role_limited")));
            } else if (!p.s.resourceSet.isEmpty() && resource.best != MatchLevel.ACCOUNT) {
                reasons.add(Reason.missing("resourcePolicy", Text.of("policy.reason.no_resource_statement",
                        request.action(), request.principal())));
            }
            return reasons;
        }, p.s);
    }

    /** Rule 3: across accounts both the identity side and the resource policy must allow. */
    private static EvaluationResult crossAccount(Pass p) {
        Request request = p.request;
        Scan resource = p.resource;
        boolean identitySide = p.identitySideAllows;
        boolean resourceSide = resource.best != MatchLevel.NONE;
        if (identitySide && resourceSide) {
            note(p.steps, Text.of("policy.step.cross_both"));
            return result(Decision.ALLOW, () -> {
                List<Reason> reasons = new ArrayList<>();
                addIdentityReasons(reasons, p.root, p.identity, p.boundary, p.session, p.hasBoundary, p.s);
                reasons.add(allowReason(resource, request));
                return reasons;
            }, p.s);
        }
        note(p.steps, Text.of(identitySide ? "policy.step.cross_no_resource"
                : resourceSide ? "policy.step.cross_no_identity" : "policy.step.cross_neither"));
        return result(Decision.IMPLICIT_DENY, () -> {
            List<Reason> reasons = new ArrayList<>();
            addIdentityGaps(reasons, request, p.identityAllows, p.boundaryOk, p.sessionOk, p.s);
            if (!resourceSide) {
                reasons.add(Reason.missing("resourcePolicy", Text.of(p.s.resourceSet.isEmpty()
                        ? "policy.reason.cross_no_resource_policy" : "policy.reason.cross_no_resource_statement",
                        request.action(), request.principal(), p.who.account)));
            }
            return reasons;
        }, p.s);
    }

    static final Text DEFAULT_KEY_POLICY = Text.of("policy.default_key_policy");

    /**
     * KMS keys are the documented exception to "same account: identity policy or resource
     * policy": IAM policies only work if the key policy lets them, through an Allow that names
     * the account (or the principal). The gate is the key's: it applies to key/... resources
     * (and "*"), not to aliases. When the scenario gives no key policy, the default key policy,
     * which enables IAM policies, is assumed (see {@link #defaultKeyPolicyAssumed}).
     */
    private static boolean keyPolicyGatesIam(Scenario s, Request request) {
        return request.service().equals("kms") && !s.resourceSet.isEmpty() && isKmsKey(request);
    }

    private static boolean isKmsKey(Request request) {
        String[] parts = request.resourceParts();
        return request.resource().equals("*") || (parts != null && parts[5].startsWith("key/"));
    }

    /** A KMS key request without a key policy: the evaluation assumes AWS's default key policy. */
    static boolean defaultKeyPolicyAssumed(Scenario s) {
        Request request = s.request();
        return request.service().equals("kms") && s.resourceSet.isEmpty() && isKmsKey(request);
    }

    private static void note(List<Text> steps, Text step) {
        if (steps != null) {
            steps.add(step);
        }
    }

    private static Text describePrincipal(Request r) {
        Text where = r.principalAccount().isEmpty() ? Text.of("policy.principal.no_account")
                : Text.of("policy.principal.account", r.principalAccount());
        Text resource = r.resourceAccount().isEmpty() ? Text.of("policy.principal.resource_unknown")
                : Text.of(r.resourceAccountInferred() ? "policy.principal.resource_assumed" : "policy.principal.resource",
                        r.resourceAccount());
        Text relation = Text.of(r.sameAccount() ? "policy.principal.same_account"
                : r.awsOwnedResource() ? "policy.principal.aws_owned" : "policy.principal.cross_account");
        return Text.of("policy.principal", r.principal(), r.principalType().wireName(), where, resource, relation);
    }

    private static void addDenies(List<Reason> out, Scan scan, Request request) {
        if (!scan.denies()) {
            return;
        }
        for (int[] d : scan.denies) {
            Statement st = scan.set.policies[d[0]].statements().get(d[1]);
            out.add(Reason.statement(scan.set.labels[d[0]], st, Explainer.conditionsHeld(st, request)));
        }
    }

    private static Reason allowReason(Scan scan, Request request) {
        Statement st = scan.allowing();
        Text detail = Explainer.conditionsHeld(st, request);
        if (scan.best == MatchLevel.ISSUER) {
            detail = Text.join("; ", Text.of("policy.how.role_behind_session"), detail);
        } else if (scan.best == MatchLevel.ACCOUNT && scan.set.name.equals("resourcePolicy")) {
            detail = Text.join("; ", Text.of("policy.how.account"), detail);
        }
        return Reason.statement(scan.allowingLabel(), st, detail);
    }

    private static void addIdentityReasons(List<Reason> reasons, boolean root, Scan identity, Scan boundary,
                                           Scan session, boolean hasBoundary, Scenario s) {
        if (root) {
            reasons.add(Reason.missing("identityPolicies", Text.of("policy.reason.root")));
            return;
        }
        reasons.add(Reason.statement(identity.allowingLabel(), identity.allowing(), Text.EMPTY));
        if (hasBoundary) {
            reasons.add(Reason.statement(boundary.allowingLabel(), boundary.allowing(), Text.EMPTY));
        }
        if (!s.sessionSet.isEmpty()) {
            reasons.add(Reason.statement(session.allowingLabel(), session.allowing(), Text.EMPTY));
        }
    }

    private static void addIdentityGaps(List<Reason> reasons, Request request, boolean identityAllows,
                                        boolean boundaryOk, boolean sessionOk, Scenario s) {
        String action = request.action();
        if (!identityAllows) {
            String where = s.identitySet.policies.length == 1 ? "identityPolicies[0]" : "identityPolicies";
            reasons.add(Reason.missing(where, s.identitySet.isEmpty()
                    ? Text.of("policy.reason.no_identity_policy", action)
                    : Text.of("policy.reason.no_statement_allows", where, action)));
        }
        if (!boundaryOk) {
            String where = s.boundarySet.policies.length == 1 ? "permissionBoundaries[0]" : "permissionBoundaries";
            reasons.add(Reason.missing(where, Text.of("policy.reason.boundary_caps", where, action)));
        }
        if (!sessionOk) {
            reasons.add(Reason.missing("sessionPolicy", Text.of("policy.reason.session_caps", action)));
        }
    }

    /** Reasons and trace are built only when asked for: the decision alone allocates little. */
    private static EvaluationResult result(Decision decision, Supplier<List<Reason>> reasons, Scenario s) {
        return new EvaluationResult(decision, reasons, s);
    }

    static List<Text> steps(Scenario s) {
        List<Text> steps = new ArrayList<>();
        run(s, steps);
        return steps;
    }
}
