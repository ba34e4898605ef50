package dev.secpillar.challenge;

import dev.secpillar.i18n.Messages;
import dev.secpillar.i18n.Text;

import dev.secpillar.policy.Decision;
import dev.secpillar.policy.EvaluationResult;
import dev.secpillar.policy.PolicyDocument;
import dev.secpillar.policy.PolicyEvaluator;
import dev.secpillar.policy.PolicyKind;
import dev.secpillar.policy.PolicyParseException;
import dev.secpillar.policy.PolicyParser;
import dev.secpillar.policy.Request;
import dev.secpillar.policy.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fixed rest of the world around the learner's policy (other identity policies, a
 * resource policy, a boundary, a session policy, SCP and RCP levels), compiled once, and the
 * place the learner's policy takes in it:
 * <ul>
 *   <li>identity: first of the principal's identity policies (only for the principals in
 *       {@code attached_to}, when given);</li>
 *   <li>resource, key: the resource policy;</li>
 *   <li>scp: joins the last SCP level of {@code given.scps} (or is a level of its own);</li>
 *   <li>boundary: the permissions boundary; session: the session policy.</li>
 * </ul>
 */
final class PolicyWorld {
    static final List<String> GIVEN_KEYS = List.of("identity_policies", "resource_policy", "boundary",
            "session_policy", "scps", "rcps");

    final PolicyType type;
    private final List<PolicyDocument> identity;
    private final PolicyDocument resource;
    private final PolicyDocument boundary;
    private final PolicyDocument session;
    private final List<List<PolicyDocument>> scps;
    private final List<List<PolicyDocument>> rcps;
    private final Set<String> attachedTo;

    private PolicyWorld(PolicyType type, List<PolicyDocument> identity, PolicyDocument resource,
                        PolicyDocument boundary, PolicyDocument session, List<List<PolicyDocument>> scps,
                        List<List<PolicyDocument>> rcps, Set<String> attachedTo) {
        this.type = type;
        this.identity = List.copyOf(identity);
        this.resource = resource;
        this.boundary = boundary;
        this.session = session;
        this.scps = scps;
        this.rcps = rcps;
        this.attachedTo = Set.copyOf(attachedTo);
    }

    /** Reads {@code given} (absent: an empty world) and {@code attached_to}. */
    static PolicyWorld read(PolicyType type, Optional<Data> given, Optional<Data> attachedTo) {
        List<PolicyDocument> identity = new ArrayList<>();
        PolicyDocument resource = null;
        PolicyDocument boundary = null;
        PolicyDocument session = null;
        List<List<PolicyDocument>> scps = new ArrayList<>();
        List<List<PolicyDocument>> rcps = new ArrayList<>();
        if (given.isPresent() && given.get().map().isPresent()) {
            Data g = given.get();
            g.onlyKeys(GIVEN_KEYS, "'given'");
            g.get("identity_policies").flatMap(Data::list).ifPresent(l ->
                    l.forEach(d -> policy(d, PolicyKind.IDENTITY).ifPresent(identity::add)));
            resource = g.get("resource_policy").flatMap(d -> policy(d, PolicyKind.RESOURCE)).orElse(null);
            boundary = g.get("boundary").flatMap(d -> policy(d, PolicyKind.BOUNDARY)).orElse(null);
            session = g.get("session_policy").flatMap(d -> policy(d, PolicyKind.SESSION)).orElse(null);
            g.get("scps").ifPresent(d -> scps.addAll(levels(d, PolicyKind.SCP)));
            g.get("rcps").ifPresent(d -> rcps.addAll(levels(d, PolicyKind.RCP)));
            String clash = switch (type) {
                case RESOURCE, KEY -> g.has("resource_policy") ? "resource_policy" : null;
                case BOUNDARY -> g.has("boundary") ? "boundary" : null;
                case SESSION -> g.has("session_policy") ? "session_policy" : null;
                default -> null;
            };
            if (clash != null) {
                g.get(clash).ifPresent(d -> d.problem("the learner writes the " + type.label
                        + " in this challenge, so 'given' cannot hold one"));
            }
        }
        Set<String> attached = new LinkedHashSet<>();
        attachedTo.ifPresent(d -> {
            if (type != PolicyType.IDENTITY) {
                d.problem("'attached_to' is only for identity policies");
            }
            attached.addAll(d.texts());
        });
        return new PolicyWorld(type, identity, resource, boundary, session, scps, rcps, attached);
    }

    /** A policy written in the challenge file (a mapping, or JSON text). */
    static Optional<PolicyDocument> policy(Data d, PolicyKind kind) {
        try {
            if (d.raw() instanceof String text) {
                return Optional.of(PolicyParser.parse(text, "policy", kind));
            }
            if (!d.isMap()) {
                d.problem(d.name() + " must be a policy (a mapping with Version and Statement), found "
                        + d.kind(d.raw()));
                return Optional.empty();
            }
            return Optional.of(PolicyParser.parse(JsonText.tree(d.raw()), "policy", kind));
        } catch (PolicyParseException e) {
            d.problem("invalid " + kind.label() + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private static List<List<PolicyDocument>> levels(Data d, PolicyKind kind) {
        List<List<PolicyDocument>> out = new ArrayList<>();
        for (Data level : d.list().orElse(List.of())) {
            List<PolicyDocument> policies = new ArrayList<>();
            if (level.isList()) {
                level.list().orElse(List.of()).forEach(p -> policy(p, kind).ifPresent(policies::add));
            } else {
                policy(level, kind).ifPresent(policies::add);
            }
            out.add(policies);
        }
        return out;
    }

    /** What is fixed around the learner's policy, for the briefing. */
    List<String> describe(Messages m) {
        List<String> out = new ArrayList<>();
        if (!attachedTo.isEmpty()) {
            out.add(m.get("challenge.policy.attached_to",
                    String.join(", ", attachedTo.stream().map(PolicyCase::shortArn).toList())));
        }
        List<String> fixed = new ArrayList<>();
        if (!identity.isEmpty()) {
            fixed.add(m.get("challenge.policy.fixed.identity", identity.size()));
        }
        if (resource != null) {
            fixed.add(m.get("challenge.policy.fixed.resource"));
        }
        if (boundary != null) {
            fixed.add(m.get("challenge.policy.fixed.boundary"));
        }
        if (session != null) {
            fixed.add(m.get("challenge.policy.fixed.session"));
        }
        if (!scps.isEmpty()) {
            fixed.add(m.get("challenge.policy.fixed.scps", scps.size()));
        }
        if (!rcps.isEmpty()) {
            fixed.add(m.get("challenge.policy.fixed.rcps", rcps.size()));
        }
        if (!fixed.isEmpty()) {
            out.add(m.get("challenge.policy.fixed", String.join(", ", fixed)));
        }
        if (type == PolicyType.KEY) {
            out.add(m.get("challenge.policy.kms_rule"));
        }
        return out;
    }

    boolean appliesTo(String principal) {
        return type != PolicyType.IDENTITY || attachedTo.isEmpty() || attachedTo.contains(principal);
    }

    /** The world with the learner's policy in its place, or left out when {@code learner} is empty. */
    Scenario scenario(Optional<PolicyDocument> learner, Request request) {
        Scenario.Builder b = Scenario.builder().request(request);
        if (type == PolicyType.IDENTITY) {
            learner.ifPresent(b::identityPolicy);
        }
        b.identityPolicies(identity);
        PolicyDocument res = type.namesPrincipals() ? learner.orElse(null) : resource;
        if (res != null) {
            b.resourcePolicy(res);
        }
        PolicyDocument bound = type == PolicyType.BOUNDARY ? learner.orElse(null) : boundary;
        if (bound != null) {
            b.permissionBoundary(bound);
        } else if (type == PolicyType.BOUNDARY) {
            // A boundary without statements: every identity-side grant is capped to nothing.
            b.permissionBoundary(NOTHING);
        }
        PolicyDocument sess = type == PolicyType.SESSION ? learner.orElse(NOTHING) : session;
        if (sess != null) {
            b.sessionPolicy(sess);
        }
        for (int i = 0; i < scps.size(); i++) {
            List<PolicyDocument> level = new ArrayList<>(scps.get(i));
            if (type == PolicyType.SCP && i == scps.size() - 1) {
                learner.ifPresent(level::add);
            }
            b.scpLevel(level);
        }
        if (type == PolicyType.SCP && scps.isEmpty()) {
            b.scpLevel(learner.map(List::of).orElse(List.of()));
        }
        rcps.forEach(b::rcpLevel);
        return b.build();
    }

    /** How reasons name the learner's policy in this world. */
    String learnerLabel() {
        return switch (type) {
            case IDENTITY -> "identityPolicies[0]";
            case RESOURCE, KEY -> "resourcePolicy";
            case BOUNDARY -> "permissionBoundaries[0]";
            case SESSION -> "sessionPolicy";
            case SCP -> "scps[" + Math.max(0, scps.size() - 1) + "][" + (scps.isEmpty() ? 0 : scps.get(scps.size() - 1).size()) + "]";
        };
    }

    /** Index shift of given identity policies in reasons (the learner's comes first). */
    boolean learnerFirst() {
        return type == PolicyType.IDENTITY;
    }

    /**
     * Evaluates one case. For a KMS key policy the simulator applies AWS's KMS rule itself:
     * IAM policies count only where the key policy lets the account's IAM policies grant.
     */
    Outcome decide(Scenario world, Request request) {
        EvaluationResult r = PolicyEvaluator.evaluate(world.withRequest(request));
        return new Outcome(r.decision(), r);
    }

    /** The decision, and the evaluation that says why (rendered in the learner's language). */
    record Outcome(Decision decision, EvaluationResult result) {}

    static final PolicyDocument NOTHING = parsed("{\"Version\":\"2012-10-17\",\"Statement\":[]}");
    static final PolicyDocument ALLOW_ALL = parsed(
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}");

    static PolicyDocument parsed(String json) {
        try {
            return PolicyParser.parse(json, "built-in");
        } catch (PolicyParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
