package dev.secpillar.challenge;

import dev.secpillar.course.Challenge;
import dev.secpillar.policy.PolicyDocument;
import dev.secpillar.policy.PolicyParseException;
import dev.secpillar.policy.PolicyParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An incident-response (ordering) challenge: from a pool of actions the learner chooses and
 * orders a plan (YAML list of action ids). Cases say what the plan must include, leave out and
 * do first; actions that are a policy (revoking a role's sessions with a deny on
 * aws:TokenIssueTime, locking down a bucket) carry the learner's policy, which the simulator
 * checks like a policy challenge.
 */
public final class ResponseChecker extends CompiledChecker {
    static final List<String> KEYS = List.of("pool", "defaults", "cases", "start", "solution");
    private static final List<String> POOL_KEYS = List.of("id", "text", "policy");
    private static final List<String> POLICY_KEYS = List.of("type", "given", "attached_to", "limits");
    private static final List<String> KINDS = List.of("includes", "excludes", "before", "first", "policy_of");

    private final Map<String, ResponseStep> pool;
    private final List<ResponseCase> cases;

    private ResponseChecker(Challenge challenge, Map<String, ResponseStep> pool, List<ResponseCase> cases, String start,
                            String solution) {
        super(challenge, AnswerFormat.YAML, start, solution);
        this.pool = pool;
        this.cases = List.copyOf(cases);
    }

    static ResponseChecker compile(Challenge c) throws ChallengeSpecException {
        Spec spec = new Spec(c);
        Data root = spec.root();
        root.onlyKeys(KEYS, "an ordering challenge");
        Map<String, Data> policyData = new HashMap<>();
        Map<String, ResponseStep> pool = new LinkedHashMap<>();
        root.required("pool").flatMap(Data::list).ifPresent(list -> {
            for (Data d : list) {
                if (d.map().isEmpty()) {
                    continue;
                }
                d.onlyKeys(POOL_KEYS, "a pool action");
                Optional<String> id = d.text("id", true);
                Optional<String> text = d.text("text", true);
                d.get("policy").ifPresent(p -> id.ifPresent(i -> policyData.put(i, p)));
                if (id.isPresent() && text.isPresent() && pool.put(id.get(), new ResponseStep(id.get(), text.get(),
                        Optional.empty(), d.path())) != null) {
                    d.get("id").ifPresent(x -> x.problem("duplicate action id '" + id.get() + "'"));
                }
            }
            if (list.size() < 3) {
                root.get("pool").ifPresent(d -> d.problem("a pool needs at least three actions to choose from"));
            }
        });
        Map<String, Data> defaults = root.get("defaults").map(d -> {
            d.onlyKeys(PolicyCase.DEFAULT_KEYS, "'defaults'");
            return d.map().orElse(Map.of());
        }).orElse(Map.of());
        List<ResponseCase> cases = new ArrayList<>();
        Map<String, List<PolicyCase>> policyCases = new LinkedHashMap<>();
        root.required("cases").flatMap(Data::list).ifPresent(list -> {
            if (list.isEmpty()) {
                root.get("cases").ifPresent(d -> d.problem("a challenge needs at least one case"));
            }
            for (Data d : list) {
                readCase(d, pool, policyData, defaults, cases, policyCases);
            }
        });
        // Each policy action becomes a policy exercise with the cases that name it.
        Map<String, ResponseStep> compiled = new LinkedHashMap<>();
        for (ResponseStep s : pool.values()) {
            Data p = policyData.get(s.id());
            if (p == null) {
                compiled.put(s.id(), s);
                continue;
            }
            Optional<PolicyExercise> ex = exercise(p, policyCases.getOrDefault(s.id(), List.of()));
            if (ex.isPresent() && ex.get().cases.isEmpty()) {
                p.problem("no case checks the policy of '" + s.id() + "'; add cases with policy_of: " + s.id());
            }
            compiled.put(s.id(), new ResponseStep(s.id(), s.text(), ex, s.path()));
        }
        String start = root.required("start").map(d -> planText(d, compiled.values())).orElse("");
        String solution = root.required("solution").map(d -> planText(d, compiled.values())).orElse("");
        spec.finish();
        ResponseChecker checker = new ResponseChecker(c, compiled, cases, start, solution);
        for (String key : List.of("start", "solution")) {
            CheckReport r = checker.check(key.equals("start") ? start : solution);
            r.unreadable().ifPresent(p -> root.get(key).ifPresent(d -> d.problem("the " + key + " does not read: "
                    + p.located())));
        }
        spec.finish();
        return checker;
    }

    private static Optional<PolicyExercise> exercise(Data p, List<PolicyCase> cases) {
        if (p.map().isEmpty()) {
            return Optional.empty();
        }
        p.onlyKeys(POLICY_KEYS, "an action's policy");
        Optional<PolicyType> type = p.text("type", true).flatMap(t -> {
            Optional<PolicyType> pt = PolicyType.of(t);
            if (pt.isEmpty()) {
                p.get("type").ifPresent(x -> x.problem("unknown policy type '" + t + "' (expected "
                        + PolicyType.choices() + ")"));
            }
            return pt;
        });
        if (type.isEmpty()) {
            return Optional.empty();
        }
        PolicyWorld world = PolicyWorld.read(type.get(), p.get("given"), p.get("attached_to"));
        return Optional.of(new PolicyExercise(world, Limits.read(p.get("limits")), cases));
    }

    private static void readCase(Data d, Map<String, ResponseStep> pool, Map<String, Data> policyData,
                                 Map<String, Data> defaults, List<ResponseCase> out,
                                 Map<String, List<PolicyCase>> policyCases) {
        if (d.map().isEmpty()) {
            return;
        }
        List<String> kinds = KINDS.stream().filter(d::has).toList();
        if (kinds.size() != 1) {
            d.problem("a case needs exactly one of " + String.join(", ", KINDS));
            return;
        }
        String kind = kinds.get(0);
        if (kind.equals("policy_of")) {
            Optional<String> action = d.text("policy_of", true).filter(a -> known(d.get("policy_of").get(), a, pool));
            if (action.isPresent() && !policyData.containsKey(action.get())) {
                d.get("policy_of").get().problem("action '" + action.get() + "' has no policy");
                return;
            }
            List<PolicyCase> expanded = PolicyCase.expand(d, defaults, List.of("policy_of", "why"));
            action.ifPresent(a -> {
                List<PolicyCase> list = policyCases.computeIfAbsent(a, k -> new ArrayList<>());
                for (PolicyCase pc : expanded) {
                    out.add(new ResponseCase.PolicyOf(a + " policy: " + pc.name(), pc.path(), a, list.size()));
                    list.add(pc);
                }
            });
            return;
        }
        d.onlyKeys(List.of("name", "why", kind), "a case");
        Optional<String> name = d.text("name", true);
        String why = d.text("why", false).orElse("");
        Data value = d.get(kind).get();
        if (kind.equals("before")) {
            List<String> pair = value.texts();
            if (pair.size() != 2) {
                value.problem("'before' lists two action ids: [first, then]");
                return;
            }
            if (known(value, pair.get(0), pool) && known(value, pair.get(1), pool) && name.isPresent()) {
                out.add(new ResponseCase.Before(name.get(), d.path(), pair.get(0), pair.get(1), why));
            }
            return;
        }
        Optional<String> action = value.text().filter(a -> known(value, a, pool));
        if (action.isEmpty() || name.isEmpty()) {
            return;
        }
        out.add(switch (kind) {
            case "includes" -> new ResponseCase.Includes(name.get(), d.path(), action.get(), why);
            case "excludes" -> new ResponseCase.Excludes(name.get(), d.path(), action.get(), why);
            default -> new ResponseCase.First(name.get(), d.path(), action.get(), why);
        });
    }

    private static boolean known(Data at, String id, Map<String, ResponseStep> pool) {
        if (!pool.containsKey(id)) {
            at.problem("no action '" + id + "' in the pool (" + String.join(", ", pool.keySet()) + ")");
            return false;
        }
        return true;
    }

    /** The plan as the learner edits it: a comment listing the pool, then the list. */
    private static String planText(Data d, Iterable<ResponseStep> pool) {
        if (d.raw() instanceof String s) {
            return s.endsWith("\n") ? s : s + "\n";
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# Your plan: action ids from the pool, in the order you would take them.\n");
        sb.append("# A (policy) action takes its policy as value:  - id: {Version: \"2012-10-17\", Statement: [...]}\n");
        sb.append("# Pool:\n");
        for (ResponseStep s : pool) {
            sb.append("#   ").append(s.id()).append(s.policy().isPresent() ? " (policy)" : "").append(": ")
                    .append(s.text().replace('\n', ' ')).append('\n');
        }
        List<?> plan = d.raw() instanceof List<?> l ? l : List.of();
        if (plan.isEmpty()) {
            sb.append("[]\n");
        } else {
            sb.append(YamlText.write(plan));
        }
        return sb.toString();
    }

    /** A plan read from an answer: the chosen ids in order, and the policies written. */
    private record Plan(List<String> ids, Map<String, PolicyDocument> policies, Map<String, int[]> where) {}

    private Plan read(String answer) throws UnreadableAnswer {
        AnswerTree tree = AnswerTree.read(answer);
        if (!(tree.root() instanceof List<?> items)) {
            throw new UnreadableAnswer(1, 1, "the plan is a YAML list of action ids, one per line: - " + pool.keySet()
                    .iterator().next());
        }
        List<String> ids = new ArrayList<>();
        Map<String, PolicyDocument> policies = new HashMap<>();
        Map<String, int[]> where = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            int[] at = tree.at("/" + i);
            Object item = items.get(i);
            String id;
            Object policy = null;
            if (item instanceof String s) {
                id = s;
            } else if (item instanceof Map<?, ?> m && m.size() == 1) {
                Map.Entry<?, ?> e = m.entrySet().iterator().next();
                id = String.valueOf(e.getKey());
                policy = e.getValue();
            } else {
                throw new UnreadableAnswer(at[0], at[1], "each item of the plan is an action id, or id: policy");
            }
            ResponseStep step = pool.get(id);
            if (step == null) {
                throw new UnreadableAnswer(at[0], at[1], "no action '" + id + "' in the pool ("
                        + String.join(", ", pool.keySet()) + ")");
            }
            if (ids.contains(id)) {
                throw new UnreadableAnswer(at[0], at[1], "'" + id + "' is in the plan twice");
            }
            ids.add(id);
            where.put(id, at);
            if (policy != null) {
                if (step.policy().isEmpty()) {
                    throw new UnreadableAnswer(at[0], at[1], "'" + id + "' is not a policy action; write just its id");
                }
                PolicyType type = step.policy().get().type();
                try {
                    PolicyDocument doc = policy instanceof String text
                            ? PolicyParser.parse(text, id, type.kind)
                            : PolicyParser.parse(JsonText.tree(policy), id, type.kind);
                    policies.put(id, doc);
                } catch (PolicyParseException e) {
                    throw new UnreadableAnswer(at[0], at[1], "the policy of " + id + ": " + e.getMessage());
                }
            }
        }
        return new Plan(ids, policies, where);
    }

    @Override
    public CheckReport check(String answer) {
        Plan plan;
        try {
            plan = read(answer);
        } catch (UnreadableAnswer e) {
            return CheckReport.unreadable(e.problem());
        }
        Map<String, List<CaseResult>> policyResults = new HashMap<>();
        List<AnswerProblem> problems = new ArrayList<>();
        plan.policies().forEach((id, doc) -> {
            PolicyExercise ex = pool.get(id).policy().get();
            policyResults.put(id, ex.run(doc));
            int[] at = plan.where().get(id);
            ex.limits.check(doc).forEach(p -> problems.add(AnswerProblem.limit(at[0], at[1], id + ": " + p.message())));
        });
        List<CaseResult> out = new ArrayList<>(cases.size());
        for (ResponseCase c : cases) {
            out.add(result(c, plan, policyResults));
        }
        return new CheckReport(out, problems);
    }

    private CaseResult result(ResponseCase c, Plan plan, Map<String, List<CaseResult>> policyResults) {
        List<String> ids = plan.ids();
        if (c instanceof ResponseCase.Includes in) {
            boolean has = ids.contains(in.action());
            return new CaseResult(c.name(), "in the plan", has ? "in the plan" : "missing", has,
                    has ? "" : withWhy(in.action() + " is not in your plan", in.why()));
        }
        if (c instanceof ResponseCase.Excludes ex) {
            boolean has = ids.contains(ex.action());
            return new CaseResult(c.name(), "left out", has ? "in the plan" : "left out", !has,
                    has ? withWhy(ex.action() + " should not be in the plan", ex.why()) : "");
        }
        if (c instanceof ResponseCase.First f) {
            boolean ok = !ids.isEmpty() && ids.get(0).equals(f.action());
            String actual = ids.isEmpty() ? "empty plan" : ids.get(0) + " first";
            return new CaseResult(c.name(), f.action() + " first", actual, ok,
                    ok ? "" : withWhy("your plan starts with " + (ids.isEmpty() ? "nothing" : ids.get(0)), f.why()));
        }
        if (c instanceof ResponseCase.Before b) {
            int i = ids.indexOf(b.first());
            int j = ids.indexOf(b.then());
            boolean ok = i >= 0 && j >= 0 && i < j;
            String actual = i < 0 || j < 0 ? "missing " + (i < 0 ? b.first() : b.then())
                    : (i < j ? "in order" : b.then() + " first");
            String reason = i < 0 || j < 0 ? (i < 0 ? b.first() : b.then()) + " is not in your plan"
                    : b.then() + " comes before " + b.first();
            return new CaseResult(c.name(), b.first() + " before " + b.then(), actual, ok, ok ? "" : withWhy(reason, b.why()));
        }
        ResponseCase.PolicyOf p = (ResponseCase.PolicyOf) c;
        String expected = pool.get(p.action()).policy().get().cases.get(p.index()).expect().label;
        if (!ids.contains(p.action())) {
            return new CaseResult(c.name(), expected, "not run", false, p.action() + " is not in your plan");
        }
        List<CaseResult> results = policyResults.get(p.action());
        if (results == null) {
            return new CaseResult(c.name(), expected, "no policy", false, "write the policy of " + p.action()
                    + " as its value:  - " + p.action() + ": {Version: \"2012-10-17\", Statement: [...]}");
        }
        CaseResult r = results.get(p.index());
        return new CaseResult(c.name(), r.expected(), r.actual(), r.pass(), r.reason());
    }

    private static String withWhy(String reason, String why) {
        return why.isEmpty() ? reason : reason + " (" + why + ")";
    }

    @Override
    public List<Finding> lint(String answer) {
        Plan plan;
        try {
            plan = read(answer);
        } catch (UnreadableAnswer e) {
            return List.of(new Finding("error", e.problem().line(), e.problem().column(), e.problem().message()));
        }
        List<Finding> out = new ArrayList<>();
        plan.policies().forEach((id, doc) -> {
            int[] at = plan.where().get(id);
            for (Finding f : PolicyAdvice.of(doc, pool.get(id).policy().get().limits)) {
                if (!f.severity().equals("ok")) {
                    out.add(new Finding(f.severity(), at[0], at[1], id + ": " + f.message()));
                }
            }
        });
        if (out.isEmpty()) {
            out.add(new Finding("ok", 0, 0, "no findings"));
        }
        return out;
    }

    @Override
    public String detail(int index) {
        ResponseCase c = cases.get(index);
        if (c instanceof ResponseCase.PolicyOf p) {
            return "The policy of " + p.action() + ":\n" + pool.get(p.action()).policy().get().describe(p.index());
        }
        if (c instanceof ResponseCase.Includes in) {
            return "Your plan must include " + in.action() + ": " + pool.get(in.action()).text();
        }
        if (c instanceof ResponseCase.Excludes ex) {
            return "Your plan must leave out " + ex.action() + ": " + pool.get(ex.action()).text();
        }
        if (c instanceof ResponseCase.First f) {
            return "Your plan must start with " + f.action() + ": " + pool.get(f.action()).text();
        }
        ResponseCase.Before b = (ResponseCase.Before) c;
        return "In your plan, " + b.first() + " must come before " + b.then() + ".";
    }

    @Override
    public List<String> briefing() {
        List<String> out = new ArrayList<>();
        out.add("You write: your plan, a YAML list of action ids from the pool, in order.");
        out.add("Pool:");
        for (ResponseStep s : pool.values()) {
            out.add("  " + s.id() + (s.policy().isPresent() ? " (policy: " + s.policy().get().type().label + ")" : "")
                    + ": " + s.text());
        }
        return out;
    }

    @Override
    public List<PoolAction> pool() {
        return pool.values().stream().map(s -> new PoolAction(s.id(), s.text(), s.policy().isPresent())).toList();
    }

    @Override
    public String allowEverything() {
        StringBuilder sb = new StringBuilder();
        for (ResponseStep s : pool.values()) {
            sb.append("- ").append(s.id());
            s.policy().ifPresent(p -> sb.append(": ").append(PolicyExercise.allowAllText(p.type()).replace("\n", " ")));
            sb.append('\n');
        }
        return sb.toString();
    }

    @Override
    public List<SpecProblem> unreachableCases() {
        Spec spec = new Spec(challenge());
        List<SpecProblem> out = new ArrayList<>();
        for (ResponseStep s : pool.values()) {
            s.policy().ifPresent(ex -> ex.unreachable().forEach(u -> out.add(new SpecProblem(spec.at(u[0]),
                    s.id() + " policy: " + u[1]))));
        }
        return out;
    }
}
