package dev.secpillar.policy;

import dev.secpillar.i18n.Text;
import java.util.ArrayList;
import java.util.List;

/** Builds the human explanations: why a statement applied or the first element that did not. */
final class Explainer {
    private Explainer() {
    }

    /** The conditions of a statement that applied, described, joined with "; " (empty if none). */
    static Text conditionsHeld(Statement st, Request request) {
        if (st.conditionCount() == 0) {
            return Text.EMPTY;
        }
        List<Text> out = new ArrayList<>();
        for (ConditionClause c : st.conditionClauses()) {
            out.add(c.describe(request));
        }
        return Text.join("; ", out);
    }

    /** Why a statement does not apply: the first element that fails, or null if it applies. */
    static Text whyNot(Statement st, Request request, boolean resourcePolicy, boolean hasBoundary) {
        if (!st.actionApplies(request)) {
            return st.usesNotAction()
                    ? Text.of("policy.why_not.not_action", request.action(), st.actions().toString())
                    : Text.of("policy.why_not.action", request.action(), st.actions().toString());
        }
        if (!st.resourceApplies(request)) {
            return st.usesNotResource()
                    ? Text.of("policy.why_not.not_resource", request.resource(), st.resources().toString())
                    : Text.of("policy.why_not.resource", request.resource(), st.resources().toString());
        }
        if (resourcePolicy) {
            boolean forced = hasBoundary && st.effect() == Effect.DENY && st.usesNotPrincipal()
                    && request.who().isIamPrincipal();
            if (!forced && st.principalLevel(request.who()) == MatchLevel.NONE) {
                return st.usesNotPrincipal()
                        ? Text.of("policy.why_not.not_principal", request.principal(), st.principals().toString())
                        : Text.of("policy.why_not.principal", request.principal(), st.principals().toString());
            }
        }
        int failing = st.failingCondition(request);
        if (failing >= 0) {
            ConditionClause c = st.condition(failing);
            return Text.of("policy.why_not.condition", c.operator.text(), c.describe(request));
        }
        return null;
    }

    static Trace trace(Scenario s, List<Text> steps) {
        Request request = s.request();
        boolean hasBoundary = !s.boundarySet.isEmpty();
        boolean iam = request.who().isIamPrincipal();
        boolean linked = request.who().isServiceLinkedRole();
        List<Trace.PolicyTrace> policies = new ArrayList<>();
        for (PolicySet level : s.scpLevels) {
            add(policies, level, request, false, hasBoundary, !iam ? Text.of("policy.trace.scp_not_iam")
                    : linked ? Text.of("policy.trace.scp_linked") : null);
        }
        for (PolicySet level : s.rcpLevels) {
            if (linked) {
                add(policies, level, request, false, hasBoundary, Text.of("policy.trace.rcp_linked"));
                continue;
            }
            if (level.isEmpty()) {
                policies.add(new Trace.PolicyTrace(level.name, Text.of("policy.trace.rcp_full_access"), List.of()));
            }
            add(policies, level, request, false, hasBoundary, null);
        }
        add(policies, s.resourceSet, request, true, hasBoundary, null);
        Text notIam = iam ? null : Text.of("policy.trace.not_iam");
        add(policies, s.identitySet, request, false, hasBoundary, notIam);
        add(policies, s.boundarySet, request, false, hasBoundary, notIam);
        add(policies, s.sessionSet, request, false, hasBoundary, notIam);
        return new Trace(List.copyOf(steps), List.copyOf(policies));
    }

    private static void add(List<Trace.PolicyTrace> out, PolicySet set, Request request, boolean resourcePolicy,
                            boolean hasBoundary, Text skipped) {
        for (int p = 0; p < set.policies.length; p++) {
            List<Trace.StatementTrace> statements = new ArrayList<>();
            boolean allows = false;
            boolean denies = false;
            for (Statement st : set.policies[p].statements()) {
                Text why = whyNot(st, request, resourcePolicy, hasBoundary);
                boolean applies = why == null && skipped == null;
                Text detail = skipped != null ? Text.EMPTY
                        : applies ? appliedDetail(st, request, resourcePolicy, hasBoundary) : why;
                statements.add(new Trace.StatementTrace(st.label(), st.effect(), applies, detail));
                allows |= applies && st.effect() == Effect.ALLOW;
                denies |= applies && st.effect() == Effect.DENY;
            }
            Text verdict = skipped != null ? skipped
                    : Text.of(denies ? "policy.trace.denies" : allows ? "policy.trace.allows" : "policy.trace.does_not_allow");
            out.add(new Trace.PolicyTrace(set.labels[p], verdict, List.copyOf(statements)));
        }
    }

    private static Text appliedDetail(Statement st, Request request, boolean resourcePolicy, boolean hasBoundary) {
        Text conditions = conditionsHeld(st, request);
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
                how = "policy.how.account";
                break;
            case ISSUER:
                how = "policy.how.issuer";
                break;
            default:
                how = level == null ? "policy.how.not_principal_boundary"
                        : st.usesNotPrincipal() ? "policy.how.not_principal" : "policy.how.principal";
        }
        return Text.join("; ", Text.of(how), conditions);
    }
}
