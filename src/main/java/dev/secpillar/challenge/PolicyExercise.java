package dev.secpillar.challenge;

import dev.secpillar.i18n.Messages;
import dev.secpillar.i18n.Text;
import dev.secpillar.policy.PolicyDocument;
import dev.secpillar.policy.Scenario;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A policy to write, in its world, with the cases it must satisfy and the limits it must
 * keep: the heart of a policy challenge, and of each policy step of a response playbook.
 */
final class PolicyExercise {
    final PolicyWorld world;
    final Limits limits;
    final List<PolicyCase> cases;

    PolicyExercise(PolicyWorld world, Limits limits, List<PolicyCase> cases) {
        this.world = world;
        this.limits = limits;
        this.cases = List.copyOf(cases);
    }

    PolicyType type() {
        return world.type;
    }

    /** Runs every case against the learner's policy, naming it "your ..." in the reasons (English). */
    List<CaseResult> run(PolicyDocument learner) {
        return run(learner, Text.ENGLISH_MESSAGES);
    }

    /** The same, in the learner's language. */
    List<CaseResult> run(PolicyDocument learner, Messages m) {
        return run(learner, m, true);
    }

    private List<CaseResult> run(PolicyDocument learner, Messages m, boolean friendly) {
        List<CaseResult> out = new ArrayList<>(cases.size());
        if (cases.isEmpty()) {
            return out;
        }
        var first = cases.get(0).request();
        Scenario with = world.scenario(Optional.of(learner), first);
        Scenario without = null;
        for (PolicyCase c : cases) {
            Scenario s = with;
            if (!world.appliesTo(c.request().principal())) {
                if (without == null) {
                    without = world.scenario(Optional.empty(), first);
                }
                s = without;
            }
            PolicyWorld.Outcome o = world.decide(s, c.request());
            boolean pass = c.expect().matches(o.decision());
            String summary = o.result().summary(m);
            out.add(new CaseResult(c.name(), c.expect().text().render(m), Expect.label(o.decision()).render(m), pass,
                    friendly ? friendly(summary, m) : summary));
        }
        return out;
    }

    /** The simulator names policies by their place in the scenario; the learner's is "your policy". */
    String friendly(String summary, Messages m) {
        String label = world.learnerLabel();
        String mine = m.get("challenge.policy.yours", world.type.text().render(m));
        String out = summary.replace(label + " ", mine + " ").replace(label + ")", mine + ")");
        if (out.endsWith(label)) {
            out = out.substring(0, out.length() - label.length()) + mine;
        }
        return out;
    }

    /**
     * Each case whose outcome is the same whatever the learner writes (allow all, nothing, deny
     * all), or whose expectation no answer can meet: the fixed world alone decides it.
     */
    List<String[]> unreachable() {
        List<String[]> out = new ArrayList<>();
        List<CaseResult> open = run(allowAll(world.type), Text.ENGLISH_MESSAGES, false);
        List<CaseResult> closed = run(PolicyWorld.NOTHING, Text.ENGLISH_MESSAGES, false);
        List<CaseResult> denied = run(denyAll(world.type), Text.ENGLISH_MESSAGES, false);
        for (int i = 0; i < cases.size(); i++) {
            PolicyCase c = cases.get(i);
            Set<String> outcomes = new HashSet<>(List.of(category(open.get(i)), category(closed.get(i)),
                    category(denied.get(i))));
            boolean anyPasses = open.get(i).pass() || closed.get(i).pass() || denied.get(i).pass();
            if (outcomes.size() == 1) {
                out.add(new String[] {c.path(), "case '" + c.name() + "' is decided by the given world alone: "
                        + "with any policy it comes out " + open.get(i).actual() + " (" + open.get(i).reason() + ")"});
            } else if (!anyPasses) {
                out.add(new String[] {c.path(), "no policy can make case '" + c.name() + "' come out "
                        + c.expect().label + " in this world (" + open.get(i).reason() + ")"});
            }
        }
        return out;
    }

    private static String category(CaseResult r) {
        return r.actual().equals("allow") ? "allow" : "deny";
    }

    /** A case's request in words. */
    String describe(int index, Messages m) {
        PolicyCase c = cases.get(index);
        var r = c.request();
        StringBuilder sb = new StringBuilder();
        sb.append(m.get("challenge.policy.detail.principal", r.principal()))
                .append('\n').append(m.get("challenge.policy.detail.action", r.action()))
                .append('\n').append(m.get("challenge.policy.detail.resource", r.resource()));
        r.context().forEach((k, v) -> sb.append('\n').append(m.get("challenge.policy.detail.context", k,
                v.size() == 1 ? v.get(0) : v.toString())));
        if (!world.appliesTo(r.principal())) {
            sb.append('\n').append(m.get("challenge.policy.detail.not_attached"));
        }
        return sb.append('\n').append(m.get("challenge.policy.detail.must_be", c.expect().text().render(m))).toString();
    }

    static PolicyDocument allowAll(PolicyType type) {
        return PolicyWorld.parsed(allowAllText(type));
    }

    static String allowAllText(PolicyType type) {
        return "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\"Effect\": \"Allow\", "
                + (type.namesPrincipals() ? "\"Principal\": \"*\", " : "")
                + "\"Action\": \"*\", \"Resource\": \"*\"}\n  ]\n}\n";
    }

    static PolicyDocument denyAll(PolicyType type) {
        return PolicyWorld.parsed("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\","
                + (type.namesPrincipals() ? "\"Principal\":\"*\"," : "") + "\"Action\":\"*\",\"Resource\":\"*\"}]}");
    }
}
