package dev.secpillar.policy;

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

    // ---- the decision -----------------------------------------------------------------

    private static EvaluationResult run(Scenario s, List<String> steps) {
        Request request = s.request();
        RequestPrincipal who = request.who();
        boolean hasBoundary = !s.boundarySet.isEmpty();

        // SCPs govern IAM users and roles (and the root user) of member accounts; they do not
        // apply to AWS service principals, anonymous or federated callers.
        boolean scpsApply = who.isIamPrincipal() && !who.isServiceLinkedRole();
        Scan[] scpScans = new Scan[scpsApply ? s.scpLevels.length : 0];
        for (int i = 0; i < scpScans.length; i++) {
            scpScans[i] = scan(s.scpLevels[i], request, false, hasBoundary);
        }
        // RCPs apply to every caller, AWS services included, except service-linked roles.
        Scan[] rcpScans = new Scan[who.isServiceLinkedRole() ? 0 : s.rcpLevels.length];
        for (int i = 0; i < rcpScans.length; i++) {
            rcpScans[i] = scan(s.rcpLevels[i], request, false, hasBoundary);
        }
        Scan resource = scan(s.resourceSet, request, true, hasBoundary);
        // Identity-side policies only exist for IAM principals.
        boolean iam = who.isIamPrincipal();
        Scan identity = scan(iam ? s.identitySet : PolicySet.NONE, request, false, false);
        Scan boundary = scan(iam ? s.boundarySet : PolicySet.NONE, request, false, false);
        Scan session = scan(iam ? s.sessionSet : PolicySet.NONE, request, false, false);

        if (steps != null) {
            steps.add(describePrincipal(request));
            if (!scpsApply && s.scpLevels.length > 0) {
                steps.add("SCPs do not apply: the caller is not an IAM principal of a member account, or is a service-linked role");
            }
        }

        // Rule 1: an explicit deny anywhere wins.
        boolean anyDeny = identity.denies() || resource.denies() || boundary.denies() || session.denies();
        for (Scan scan : scpScans) {
            anyDeny |= scan.denies();
        }
        for (Scan scan : rcpScans) {
            anyDeny |= scan.denies();
        }
        if (anyDeny) {
            note(steps, "an explicit Deny applies, so the request is denied whatever else allows it");
            Scan[] order = new Scan[scpScans.length + rcpScans.length + 4];
            System.arraycopy(scpScans, 0, order, 0, scpScans.length);
            System.arraycopy(rcpScans, 0, order, scpScans.length, rcpScans.length);
            int k = scpScans.length + rcpScans.length;
            order[k] = resource;
            order[k + 1] = identity;
            order[k + 2] = boundary;
            order[k + 3] = session;
            return result(Decision.EXPLICIT_DENY, () -> {
                List<Reason> found = new ArrayList<>(2);
                for (Scan scan : order) {
                    addDenies(found, scan, request);
                }
                return found;
            }, s);
        }

        // Rule 4: SCPs never grant, but every level from the root down must allow.
        for (int i = 0; i < scpScans.length; i++) {
            if (!scpScans[i].allows()) {
                note(steps, "SCP level " + i + " does not allow the action, so nothing else can");
                int level = i;
                return result(Decision.IMPLICIT_DENY, () -> List.of(Reason.missing("scps[" + level + "]",
                        "no SCP at level scps[" + level + "] allows " + request.action())), s);
            }
        }
        if (scpScans.length > 0) {
            note(steps, "every SCP level allows the action");
        }
        // RCPs likewise, per level; a level without RCPs has only RCPFullAWSAccess.
        for (int i = 0; i < rcpScans.length; i++) {
            if (!s.rcpLevels[i].isEmpty() && !rcpScans[i].allows()) {
                note(steps, "RCP level " + i + " does not allow the action on this resource");
                int level = i;
                return result(Decision.IMPLICIT_DENY, () -> List.of(Reason.missing("rcps[" + level + "]",
                        "no RCP at level rcps[" + level + "] allows " + request.action())), s);
            }
        }
        if (rcpScans.length > 0) {
            note(steps, "every RCP level allows the action (an empty level has RCPFullAWSAccess)");
        }

        if (!iam) {
            // Service principals, anonymous and federated callers have no identity policies:
            // only the resource policy can grant them access.
            if (resource.allows()) {
                note(steps, "the resource policy grants access to this non-IAM caller");
                return result(Decision.ALLOW, () -> List.of(allowReason(resource, request)), s);
            }
            note(steps, "only a resource policy can grant access to this caller, and none does");
            return result(Decision.IMPLICIT_DENY, () -> List.of(Reason.missing("resourcePolicy", s.resourceSet.isEmpty()
                    ? "no resource policy grants " + request.action() + " to " + request.principal()
                    : "no statement in resourcePolicy grants " + request.action() + " to " + request.principal())), s);
        }

        // The identity side: identity policy ∩ permissions boundary ∩ session policy (rules 5, 7).
        // The root user needs no identity policy in its own account.
        boolean root = who.type == PrincipalType.ROOT;
        boolean identityAllows = root || identity.allows();
        boolean boundaryOk = root || !hasBoundary || boundary.allows();
        boolean sessionOk = root || s.sessionSet.isEmpty() || session.allows();
        boolean identitySide = identityAllows && boundaryOk && sessionOk;
        if (keyPolicyGatesIam(s, request) && resource.best == MatchLevel.NONE) {
            // AWS KMS: IAM policies count only when the key policy lets the account's IAM
            // policies grant access (an Allow naming the account); a key policy is required.
            identitySide = false;
            note(steps, "KMS: the key policy does not enable IAM policies for this action, so identity policies cannot grant it");
        }
        boolean identitySideFinal = identitySide;

        if (request.sameAccount()) {
            // Rule 2: same account, identity side OR resource policy. How the resource policy
            // names the principal decides what still limits it (rule 6).
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
                    resourceSide = boundaryOk && sessionOk;
                    break;
                default:
                    // Naming only the account delegates to the account's identity policies.
                    resourceSide = false;
            }
            if (identitySideFinal || resourceSide) {
                if (resourceSide) {
                    note(steps, "same account: the resource policy's grant is enough");
                }
                if (identitySideFinal) {
                    note(steps, "same account: the identity side allows" + (resourceSide ? " as well" : ""));
                }
                return result(Decision.ALLOW, () -> {
                    List<Reason> reasons = new ArrayList<>();
                    if (resourceSide) {
                        reasons.add(allowReason(resource, request));
                    }
                    if (identitySideFinal) {
                        addIdentityReasons(reasons, root, identity, boundary, session, hasBoundary, s);
                    }
                    return reasons;
                }, s);
            }
            note(steps, "same account: neither the identity side nor the resource policy allows");
            return result(Decision.IMPLICIT_DENY, () -> {
                List<Reason> reasons = new ArrayList<>();
                addIdentityGaps(reasons, request, identityAllows, boundaryOk, sessionOk, s);
                if (resource.best == MatchLevel.ISSUER) {
                    reasons.add(Reason.statement(resource.allowingLabel(), resource.allowing(),
                            "it names the role, so the permissions boundary and session policy still limit it"));
                } else if (!s.resourceSet.isEmpty() && resource.best != MatchLevel.ACCOUNT) {
                    reasons.add(Reason.missing("resourcePolicy", "no statement in resourcePolicy grants "
                            + request.action() + " to " + request.principal()));
                }
                return reasons;
            }, s);
        }

        // Rule 3: across accounts both the identity side and the resource policy must allow.
        boolean resourceSide = resource.best != MatchLevel.NONE;
        if (identitySideFinal && resourceSide) {
            note(steps, "cross-account: both the identity side and the resource policy allow");
            return result(Decision.ALLOW, () -> {
                List<Reason> reasons = new ArrayList<>();
                addIdentityReasons(reasons, root, identity, boundary, session, hasBoundary, s);
                reasons.add(allowReason(resource, request));
                return reasons;
            }, s);
        }
        note(steps, "cross-account: " + (identitySideFinal ? "the resource policy does not allow" :
                resourceSide ? "the identity side does not allow" : "neither side allows"));
        return result(Decision.IMPLICIT_DENY, () -> {
            List<Reason> reasons = new ArrayList<>();
            addIdentityGaps(reasons, request, identityAllows, boundaryOk, sessionOk, s);
            if (!resourceSide) {
                reasons.add(Reason.missing("resourcePolicy", (s.resourceSet.isEmpty() ? "no resource policy" :
                        "no statement in resourcePolicy") + " grants " + request.action() + " to "
                        + request.principal() + " or its account " + who.account
                        + " (cross-account access needs both sides)"));
            }
            return reasons;
        }, s);
    }

    /**
     * KMS keys are the documented exception to "same account: identity policy or resource
     * policy": a key policy must exist and allow. When the scenario gives a key policy, IAM
     * policies only work if some Allow in it names the account (or the principal).
     */
    private static boolean keyPolicyGatesIam(Scenario s, Request request) {
        return request.service().equals("kms") && !s.resourceSet.isEmpty();
    }

    private static void note(List<String> steps, String step) {
        if (steps != null) {
            steps.add(step);
        }
    }

    private static String describePrincipal(Request r) {
        String where = r.principalAccount().isEmpty() ? "no account"
                : "account " + r.principalAccount();
        String resource = r.resourceAccount().isEmpty() ? "unknown"
                : r.resourceAccount() + (r.resourceAccountInferred() ? " (assumed: not in the ARN)" : "");
        return r.principal() + " is a " + r.principalType().wireName() + " in " + where
                + "; resource account " + resource + (r.sameAccount() ? " (same account)" : " (cross-account)");
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
        String detail = Explainer.conditionsHeld(st, request);
        if (scan.best == MatchLevel.ISSUER) {
            detail = join("names the role behind the session", detail);
        } else if (scan.best == MatchLevel.ACCOUNT && scan.set.name.equals("resourcePolicy")) {
            detail = join("names the principal's account", detail);
        }
        return Reason.statement(scan.allowingLabel(), st, detail);
    }

    private static String join(String a, String b) {
        return b.isEmpty() ? a : a + "; " + b;
    }

    private static void addIdentityReasons(List<Reason> reasons, boolean root, Scan identity, Scan boundary,
                                           Scan session, boolean hasBoundary, Scenario s) {
        if (root) {
            reasons.add(Reason.missing("identityPolicies", "the root user has every permission in its own account"));
            return;
        }
        reasons.add(Reason.statement(identity.allowingLabel(), identity.allowing(), ""));
        if (hasBoundary) {
            reasons.add(Reason.statement(boundary.allowingLabel(), boundary.allowing(), ""));
        }
        if (!s.sessionSet.isEmpty()) {
            reasons.add(Reason.statement(session.allowingLabel(), session.allowing(), ""));
        }
    }

    private static void addIdentityGaps(List<Reason> reasons, Request request, boolean identityAllows,
                                        boolean boundaryOk, boolean sessionOk, Scenario s) {
        String action = request.action();
        if (!identityAllows) {
            String where = s.identitySet.policies.length == 1 ? "identityPolicies[0]" : "identityPolicies";
            reasons.add(Reason.missing(where, s.identitySet.isEmpty()
                    ? "no identity policy allows " + action
                    : "no statement in " + where + " allows " + action));
        }
        if (!boundaryOk) {
            String where = s.boundarySet.policies.length == 1 ? "permissionBoundaries[0]" : "permissionBoundaries";
            reasons.add(Reason.missing(where, "no statement in " + where + " allows " + action
                    + " (the boundary caps what the identity policy can grant)"));
        }
        if (!sessionOk) {
            reasons.add(Reason.missing("sessionPolicy", "no statement in sessionPolicy allows " + action
                    + " (the session policy caps the session's permissions)"));
        }
    }

    /** Reasons and trace are built only when asked for: the decision alone allocates little. */
    private static EvaluationResult result(Decision decision, Supplier<List<Reason>> reasons, Scenario s) {
        return new EvaluationResult(decision, reasons, s);
    }

    static List<String> steps(Scenario s) {
        List<String> steps = new ArrayList<>();
        run(s, steps);
        return steps;
    }
}
