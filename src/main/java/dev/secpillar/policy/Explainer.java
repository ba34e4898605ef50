package dev.secpillar.policy;

import java.util.ArrayList;
import java.util.List;

/** Builds the human explanations: why a statement applied or the first element that did not. */
final class Explainer {
    private Explainer() {
    }

    /** The conditions of a statement that applied, described, joined with "; " ("" if none). */
    static String conditionsHeld(Statement st, Request request) {
        if (st.conditionCount() == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (ConditionClause c : st.conditionClauses()) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(c.describe(request));
        }
        return sb.toString();
    }

    /** Why a statement does not apply: the first element that fails, or null if it applies. */
    static String whyNot(Statement st, Request request, boolean resourcePolicy, boolean hasBoundary) {
        if (!st.actionApplies(request)) {
            return st.usesNotAction()
                    ? "action " + request.action() + " is listed in NotAction " + st.actions()
                    : "action " + request.action() + " not in Action " + st.actions();
        }
        if (!st.resourceApplies(request)) {
            return st.usesNotResource()
                    ? "resource " + request.resource() + " is listed in NotResource " + st.resources()
                    : "resource " + request.resource() + " not in Resource " + st.resources();
        }
        if (resourcePolicy) {
            boolean forced = hasBoundary && st.effect() == Effect.DENY && st.usesNotPrincipal()
                    && request.who().isIamPrincipal();
            if (!forced && st.principalLevel(request.who()) == MatchLevel.NONE) {
                return st.usesNotPrincipal()
                        ? "principal " + request.principal() + " is exempted by NotPrincipal " + st.principals()
                        : "principal " + request.principal() + " not named in Principal " + st.principals();
            }
        }
        int failing = st.failingCondition(request);
        if (failing >= 0) {
            ConditionClause c = st.condition(failing);
            return "condition " + c.operator.text() + " fails: " + c.describe(request);
        }
        return null;
    }

    static Trace trace(Scenario s, List<String> steps) {
        Request request = s.request();
        boolean hasBoundary = !s.boundarySet.isEmpty();
        boolean iam = request.who().isIamPrincipal();
        boolean linked = request.who().isServiceLinkedRole();
        List<Trace.PolicyTrace> policies = new ArrayList<>();
        for (PolicySet level : s.scpLevels) {
            add(policies, level, request, false, hasBoundary, !iam ? "not applied: SCPs govern IAM principals only"
                    : linked ? "not applied: service-linked roles are exempt from SCPs" : null);
        }
        for (PolicySet level : s.rcpLevels) {
            if (linked) {
                add(policies, level, request, false, hasBoundary, "not applied: service-linked roles are exempt from RCPs");
                continue;
            }
            if (level.isEmpty()) {
                policies.add(new Trace.PolicyTrace(level.name, "allows (no RCP attached: RCPFullAWSAccess)", List.of()));
            }
            add(policies, level, request, false, hasBoundary, null);
        }
        add(policies, s.resourceSet, request, true, hasBoundary, null);
        String notIam = iam ? null : "not applied: the caller is not an IAM principal";
        add(policies, s.identitySet, request, false, hasBoundary, notIam);
        add(policies, s.boundarySet, request, false, hasBoundary, notIam);
        add(policies, s.sessionSet, request, false, hasBoundary, notIam);
        return new Trace(List.copyOf(steps), List.copyOf(policies));
    }

    private static void add(List<Trace.PolicyTrace> out, PolicySet set, Request request, boolean resourcePolicy,
                            boolean hasBoundary, String skipped) {
        for (int p = 0; p < set.policies.length; p++) {
            List<Trace.StatementTrace> statements = new ArrayList<>();
            boolean allows = false;
            boolean denies = false;
            for (Statement st : set.policies[p].statements()) {
                String why = whyNot(st, request, resourcePolicy, hasBoundary);
                boolean applies = why == null && skipped == null;
                String detail = skipped != null ? "" : applies ? appliedDetail(st, request, resourcePolicy, hasBoundary) : why;
                statements.add(new Trace.StatementTrace(st.label(), st.effect(), applies, detail));
                allows |= applies && st.effect() == Effect.ALLOW;
                denies |= applies && st.effect() == Effect.DENY;
            }
            String verdict = skipped != null ? skipped
                    : denies ? "denies" : allows ? "allows" : "does not allow (no statement applies)";
            out.add(new Trace.PolicyTrace(set.labels[p], verdict, List.copyOf(statements)));
        }
    }

    private static String appliedDetail(Statement st, Request request, boolean resourcePolicy, boolean hasBoundary) {
        String conditions = conditionsHeld(st, request);
        if (!resourcePolicy || !st.hasPrincipalElement()) {
            return conditions;
        }
        String how;
        MatchLevel level = st.principalLevel(request.who());
        if (level == MatchLevel.NONE && hasBoundary && st.effect() == Effect.DENY && st.usesNotPrincipal()) {
            level = null;
        }
        switch (level == null ? MatchLevel.NONE : level) {
            case ACCOUNT:
                how = "names the principal's account";
                break;
            case ISSUER:
                how = "names the role (or user) behind the session";
                break;
            default:
                how = level == null
                        ? "a Deny with NotPrincipal always applies to a principal that has a permissions boundary"
                        : st.usesNotPrincipal() ? "NotPrincipal does not exempt the principal" : "names the principal";
        }
        return conditions.isEmpty() ? how : how + "; " + conditions;
    }
}
