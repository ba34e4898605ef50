package dev.secpillar.challenge;

import dev.secpillar.i18n.Messages;
import dev.secpillar.i18n.Text;

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

    /** The start's list when the comment above it is ours to write (empty when the author wrote the text). */
    private final Optional<List<?>> startPlan;

    private ResponseChecker(Challenge challenge, Map<String, ResponseStep> pool, List<ResponseCase> cases, String start,
                            String solution, Optional<List<?>> startPlan) {
        super(challenge, AnswerFormat.YAML, start, solution);
        this.pool = pool;
        this.cases = List.copyOf(cases);
        this.startPlan = startPlan;
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
        Optional<List<?>> startPlan = root.get("start").filter(d -> !(d.raw() instanceof String))
                .map(d -> d.raw() instanceof List<?> l ? l : List.of());
        String solution = root.required("solution").map(d -> planText(d, compiled.values())).orElse("");
        spec.finish();
        ResponseChecker checker = new ResponseChecker(c, compiled, cases, start, solution, startPlan);
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

    /** The plan as the learner edits it: a comment listing the pool (in English), then the list. */
    private static String planText(Data d, Iterable<ResponseStep> pool) {
        if (d.raw() instanceof String s) {
            return s.endsWith("\n") ? s : s + "\n";
        }
        return planText(d.raw() instanceof List<?> l ? l : List.of(), pool, Text.ENGLISH_MESSAGES);
    }

    /** The plan with its comment in the language of {@code m} (the comment is all that changes). */
    private static String planText(List<?> plan, Iterable<ResponseStep> pool, Messages m) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(m.get("challenge.response.plan.intro")).append('\n');
        sb.append("# ").append(m.get("challenge.response.plan.policy")).append('\n');
        sb.append("# ").append(m.get("challenge.response.plan.pool")).append('\n');
        for (ResponseStep s : pool) {
            sb.append("#   ").append(s.id()).append(s.policy().isPresent() ? " " + m.get("challenge.response.plan.policy_mark") : "")
                    .append(": ").append(s.text().replace('\n', ' ')).append('\n');
        }
        if (plan.isEmpty()) {
            sb.append("[]\n");
        } else {
            sb.append(YamlText.write(plan));
        }
        return sb.toString();
    }

    @Override
    public String start(Messages m) {
        return startPlan.map(plan -> planText(plan, pool.values(), m)).orElseGet(this::start);
    }

    /** A plan read from an answer: the chosen ids in order, and the policies written. */
    private record Plan(List<String> ids, Map<String, PolicyDocument> policies, Map<String, int[]> where) {}

    private Plan read(String answer) throws UnreadableAnswer {
        AnswerTree tree = AnswerTree.read(answer);
        if (!(tree.root() instanceof List<?> items)) {
            throw new UnreadableAnswer(1, 1, Text.of("challenge.response.not_list", pool.keySet().iterator().next()));
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
                throw new UnreadableAnswer(at[0], at[1], Text.of("challenge.response.item"));
            }
            ResponseStep step = pool.get(id);
            if (step == null) {
                throw new UnreadableAnswer(at[0], at[1], Text.of("challenge.response.unknown", id,
                        String.join(", ", pool.keySet())));
            }
            if (ids.contains(id)) {
                throw new UnreadableAnswer(at[0], at[1], Text.of("challenge.response.twice", id));
            }
            ids.add(id);
            where.put(id, at);
            if (policy != null) {
                if (step.policy().isEmpty()) {
                    throw new UnreadableAnswer(at[0], at[1], Text.of("challenge.response.not_policy", id));
                }
                PolicyType type = step.policy().get().type();
                try {
                    PolicyDocument doc = policy instanceof String text
                            ? PolicyParser.parse(text, id, type.kind)
                            : PolicyParser.parse(JsonText.tree(policy), id, type.kind);
                    policies.put(id, doc);
                } catch (PolicyParseException e) {
                    throw new UnreadableAnswer(at[0], at[1], Text.of("challenge.response.policy_error", id, e.text()));
                }
            }
        }
        return new Plan(ids, policies, where);
    }

    @Override
    public CheckReport check(String answer, Messages m) {
        Plan plan;
        try {
            plan = read(answer);
        } catch (UnreadableAnswer e) {
            return CheckReport.unreadable(e.problem(m));
        }
        Map<String, List<CaseResult>> policyResults = new HashMap<>();
        List<AnswerProblem> problems = new ArrayList<>();
        plan.policies().forEach((id, doc) -> {
            PolicyExercise ex = pool.get(id).policy().get();
            policyResults.put(id, ex.run(doc, m));
            int[] at = plan.where().get(id);
            ex.limits.check(doc, m).forEach(p -> problems.add(AnswerProblem.limit(at[0], at[1], id + ": " + p.message())));
        });
        List<CaseResult> out = new ArrayList<>(cases.size());
        for (ResponseCase c : cases) {
            out.add(result(c, plan, policyResults, m));
        }
        return new CheckReport(out, problems);
    }

    private CaseResult result(ResponseCase c, Plan plan, Map<String, List<CaseResult>> policyResults, Messages m) {
        List<String> ids = plan.ids();
        Text inPlan = Text.of("challenge.response.in_plan");
        if (c instanceof ResponseCase.Includes in) {
            boolean has = ids.contains(in.action());
            return new CaseResult(c.name(), inPlan.render(m), (has ? inPlan : Text.of("challenge.response.missing")).render(m),
                    has, has ? "" : withWhy(Text.of("challenge.response.not_in_plan", in.action()), in.why()).render(m));
        }
        if (c instanceof ResponseCase.Excludes ex) {
            boolean has = ids.contains(ex.action());
            Text leftOut = Text.of("challenge.response.left_out");
            return new CaseResult(c.name(), leftOut.render(m), (has ? inPlan : leftOut).render(m), !has,
                    has ? withWhy(Text.of("challenge.response.should_not", ex.action()), ex.why()).render(m) : "");
        }
        if (c instanceof ResponseCase.First f) {
            boolean ok = !ids.isEmpty() && ids.get(0).equals(f.action());
            Text actual = ids.isEmpty() ? Text.of("challenge.response.empty_plan")
                    : Text.of("challenge.response.first", ids.get(0));
            return new CaseResult(c.name(), Text.of("challenge.response.first", f.action()).render(m), actual.render(m), ok,
                    ok ? "" : withWhy(ids.isEmpty() ? Text.of("challenge.response.starts_with_nothing")
                            : Text.of("challenge.response.starts_with", ids.get(0)), f.why()).render(m));
        }
        if (c instanceof ResponseCase.Before b) {
            int i = ids.indexOf(b.first());
            int j = ids.indexOf(b.then());
            boolean ok = i >= 0 && j >= 0 && i < j;
            Text actual = i < 0 || j < 0 ? Text.of("challenge.response.missing_action", i < 0 ? b.first() : b.then())
                    : i < j ? Text.of("challenge.response.in_order") : Text.of("challenge.response.first", b.then());
            Text reason = i < 0 || j < 0 ? Text.of("challenge.response.not_in_plan", i < 0 ? b.first() : b.then())
                    : Text.of("challenge.response.comes_before", b.then(), b.first());
            return new CaseResult(c.name(), Text.of("challenge.response.before", b.first(), b.then()).render(m),
                    actual.render(m), ok, ok ? "" : withWhy(reason, b.why()).render(m));
        }
        ResponseCase.PolicyOf p = (ResponseCase.PolicyOf) c;
        String expected = pool.get(p.action()).policy().get().cases.get(p.index()).expect().text().render(m);
        if (!ids.contains(p.action())) {
            return new CaseResult(c.name(), expected, m.get("challenge.response.not_run"), false,
                    Text.of("challenge.response.not_in_plan", p.action()).render(m));
        }
        List<CaseResult> results = policyResults.get(p.action());
        if (results == null) {
            return new CaseResult(c.name(), expected, m.get("challenge.response.no_policy"), false,
                    Text.of("challenge.response.write_policy", p.action(),
                            "{Version: \"2012-10-17\", Statement: [...]}").render(m));
        }
        CaseResult r = results.get(p.index());
        return new CaseResult(c.name(), r.expected(), r.actual(), r.pass(), r.reason());
    }

    private static Text withWhy(Text reason, String why) {
        return why.isEmpty() ? reason : Text.of("challenge.reason.why", reason, why);
    }

    @Override
    public List<Finding> lint(String answer, Messages m) {
        Plan plan;
        try {
            plan = read(answer);
        } catch (UnreadableAnswer e) {
            AnswerProblem p = e.problem(m);
            return List.of(new Finding("error", p.line(), p.column(), p.message()));
        }
        List<Finding> out = new ArrayList<>();
        plan.policies().forEach((id, doc) -> {
            int[] at = plan.where().get(id);
            for (Finding f : PolicyAdvice.of(doc, pool.get(id).policy().get().limits, m)) {
                if (!f.severity().equals("ok")) {
                    out.add(new Finding(f.severity(), at[0], at[1], id + ": " + f.message()));
                }
            }
        });
        if (out.isEmpty()) {
            out.add(new Finding("ok", 0, 0, m.get("challenge.lint.no_findings")));
        }
        return out;
    }

    @Override
    public String detail(int index, Messages m) {
        ResponseCase c = cases.get(index);
        if (c instanceof ResponseCase.PolicyOf p) {
            return m.get("challenge.response.detail.policy", p.action()) + "\n"
                    + pool.get(p.action()).policy().get().describe(p.index(), m);
        }
        if (c instanceof ResponseCase.Includes in) {
            return m.get("challenge.response.detail.includes", in.action(), pool.get(in.action()).text());
        }
        if (c instanceof ResponseCase.Excludes ex) {
            return m.get("challenge.response.detail.excludes", ex.action(), pool.get(ex.action()).text());
        }
        if (c instanceof ResponseCase.First f) {
            return m.get("challenge.response.detail.first", f.action(), pool.get(f.action()).text());
        }
        ResponseCase.Before b = (ResponseCase.Before) c;
        return m.get("challenge.response.detail.before", b.first(), b.then());
    }

    @Override
    public List<String> briefing(Messages m) {
        List<String> out = new ArrayList<>();
        out.add(m.get("challenge.response.you_write"));
        out.add(m.get("challenge.response.pool"));
        for (ResponseStep s : pool.values()) {
            out.add("  " + (s.policy().isPresent()
                    ? m.get("challenge.response.pool.policy", s.id(), s.policy().get().type().text().render(m), s.text())
                    : s.id() + ": " + s.text()));
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
