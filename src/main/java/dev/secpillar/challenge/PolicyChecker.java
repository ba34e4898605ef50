package dev.secpillar.challenge;

import dev.secpillar.course.Challenge;
import dev.secpillar.i18n.Messages;
import dev.secpillar.policy.PolicyDocument;
import dev.secpillar.policy.PolicyParseException;
import dev.secpillar.policy.PolicyParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A policy challenge: the learner writes one policy (identity, resource, SCP, boundary,
 * session or KMS key policy) into a fixed world, and every case is decided by the simulator.
 */
public final class PolicyChecker extends CompiledChecker {
    static final List<String> KEYS = List.of("policy_type", "given", "attached_to", "limits", "defaults", "cases",
            "start", "solution");

    private final PolicyExercise exercise;

    private PolicyChecker(Challenge challenge, PolicyExercise exercise, String start, String solution) {
        super(challenge, AnswerFormat.JSON, start, solution);
        this.exercise = exercise;
    }

    static PolicyChecker compile(Challenge c) throws ChallengeSpecException {
        Spec spec = new Spec(c);
        Data root = spec.root();
        root.onlyKeys(KEYS, "a policy challenge");
        Optional<PolicyType> type = root.text("policy_type", true).flatMap(t -> {
            Optional<PolicyType> p = PolicyType.of(t);
            if (p.isEmpty()) {
                root.get("policy_type").ifPresent(d -> d.problem("unknown policy_type '" + t + "' (expected "
                        + PolicyType.choices() + ")"));
            }
            return p;
        });
        PolicyType t = type.orElse(PolicyType.IDENTITY);
        PolicyWorld world = PolicyWorld.read(t, root.get("given"), root.get("attached_to"));
        Limits limits = Limits.read(root.get("limits"));
        List<PolicyCase> cases = readCases(root, List.of());
        String start = root.required("start").map(d -> policyText(d, t)).orElse("");
        String solution = root.required("solution").map(d -> policyText(d, t)).orElse("");
        spec.finish();
        return new PolicyChecker(c, new PolicyExercise(world, limits, cases), start, solution);
    }

    /** The cases of a file, with its defaults, expanded; a file must have at least one. */
    static List<PolicyCase> readCases(Data root, List<String> extraKeys) {
        Map<String, Data> defaults = root.get("defaults").map(d -> {
            d.onlyKeys(PolicyCase.DEFAULT_KEYS, "'defaults'");
            return d.map().orElse(Map.of());
        }).orElse(Map.of());
        List<PolicyCase> cases = new ArrayList<>();
        root.required("cases").flatMap(Data::list).ifPresent(list -> {
            if (list.isEmpty()) {
                root.get("cases").ifPresent(d -> d.problem("a challenge needs at least one case"));
            }
            list.forEach(c -> cases.addAll(PolicyCase.expand(c, defaults, extraKeys)));
        });
        return cases;
    }

    /** A policy of the file as the text a learner edits; it must at least be a valid policy. */
    static String policyText(Data d, PolicyType type) {
        if (!(d.raw() instanceof String) && !d.isMap()) {
            d.problem(d.name() + " must be a policy (a mapping with Version and Statement, or JSON text), found "
                    + d.kind(d.raw()));
            return "";
        }
        String text = d.raw() instanceof String s ? (s.endsWith("\n") ? s : s + "\n") : JsonText.write(d.raw());
        try {
            PolicyParser.parse(text, "policy", type.kind);
        } catch (PolicyParseException e) {
            d.problem("not a valid " + type.label + ": " + e.getMessage());
        }
        return text;
    }

    @Override
    public CheckReport check(String answer, Messages m) {
        PolicyDocument doc;
        try {
            JsonText.read(answer);
        } catch (UnreadableAnswer e) {
            return CheckReport.unreadable(e.problem(m));
        }
        try {
            doc = PolicyParser.parse(answer, "answer", exercise.type().kind);
        } catch (PolicyParseException e) {
            return CheckReport.unreadable(AnswerProblem.unreadable(Math.max(1, e.line()), Math.max(1, e.column()),
                    e.message(m)));
        }
        return new CheckReport(exercise.run(doc, m), exercise.limits.check(doc, m));
    }

    @Override
    public List<Finding> lint(String answer, Messages m) {
        try {
            return PolicyAdvice.of(PolicyParser.parse(answer, "answer", exercise.type().kind), exercise.limits, m);
        } catch (PolicyParseException e) {
            return List.of(new Finding("error", e.line(), e.column(), e.message(m)));
        }
    }

    @Override
    public String detail(int index, Messages m) {
        return exercise.describe(index, m);
    }

    @Override
    public List<String> briefing(Messages m) {
        List<String> out = new ArrayList<>();
        out.add(m.get("challenge.policy.you_write", exercise.type().text().render(m)));
        out.addAll(PolicyAdvice.describe(exercise, m));
        return out;
    }

    @Override
    public String allowEverything() {
        return PolicyExercise.allowAllText(exercise.type());
    }

    @Override
    public List<SpecProblem> unreachableCases() {
        Spec spec = new Spec(challenge());
        return exercise.unreachable().stream()
                .map(u -> new SpecProblem(spec.at(u[0]), u[1]))
                .toList();
    }
}
