package dev.secpillar.challenge;

import dev.secpillar.i18n.Messages;
import dev.secpillar.i18n.Text;

import dev.secpillar.course.Challenge;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A network challenge: the learner edits security groups and network ACLs (YAML) of a small
 * VPC with public and private subnets; every flow is run through routing, the security groups
 * (stateful, allow only) and the network ACLs (stateless, numbered, first match, implicit
 * deny) in the order AWS applies them.
 */
public final class NetworkChecker extends CompiledChecker {
    static final List<String> KEYS = List.of("given", "cases", "start", "solution");

    private final NetworkWorld world;
    private final List<NetworkFlow> flows;
    private final Set<String> editableGroups;
    private final Set<String> editableAcls;

    private NetworkChecker(Challenge challenge, NetworkWorld world, List<NetworkFlow> flows, Set<String> editableGroups,
                           Set<String> editableAcls, String start, String solution) {
        super(challenge, AnswerFormat.YAML, start, solution);
        this.world = world;
        this.flows = List.copyOf(flows);
        this.editableGroups = Set.copyOf(editableGroups);
        this.editableAcls = Set.copyOf(editableAcls);
    }

    static NetworkChecker compile(Challenge c) throws ChallengeSpecException {
        Spec spec = new Spec(c);
        Data root = spec.root();
        root.onlyKeys(KEYS, "a network challenge");
        Optional<NetworkWorld> world = root.required("given").flatMap(NetworkWorld::read);
        String start = root.required("start").map(NetworkChecker::text).orElse("");
        String solution = root.required("solution").map(NetworkChecker::text).orElse("");
        Set<String> groups = new LinkedHashSet<>();
        Set<String> acls = new LinkedHashSet<>();
        List<NetworkFlow> flows = new ArrayList<>();
        if (world.isPresent() && !spec.hasProblems()) {
            NetworkWorld w = world.get();
            Optional<NetworkRules> startRules = parse(start, root.get("start").get());
            startRules.ifPresent(r -> {
                groups.addAll(r.groups().keySet());
                acls.addAll(r.acls().keySet());
            });
            if (groups.isEmpty() && acls.isEmpty() && startRules.isPresent()) {
                root.get("start").get().problem("the start must hold the security groups or network ACLs the learner edits");
            }
            for (String g : groups) {
                if (w.fixed().groups().containsKey(g)) {
                    root.get("start").get().problem("security group " + g + " is both fixed in 'given' and in the start");
                }
            }
            for (String a : acls) {
                if (w.fixed().acls().containsKey(a)) {
                    root.get("start").get().problem("network ACL " + a + " is both fixed in 'given' and in the start");
                }
            }
            checkNames(root.get("given").get(), w, groups, acls);
            root.required("cases").flatMap(Data::list).ifPresent(list -> {
                if (list.isEmpty()) {
                    root.get("cases").ifPresent(d -> d.problem("a challenge needs at least one case"));
                }
                list.forEach(d -> NetworkFlow.read(d, w).ifPresent(flows::add));
            });
        }
        spec.finish();
        NetworkChecker checker = new NetworkChecker(c, world.get(), flows, groups, acls, start, solution);
        List<AnswerProblem> solutionProblems = checker.read(solution).problems();
        if (!solutionProblems.isEmpty()) {
            root.get("solution").ifPresent(d -> d.problem("the solution does not read: "
                    + solutionProblems.get(0).located()));
        }
        spec.finish();
        return checker;
    }

    private static String text(Data d) {
        return d.raw() instanceof String s ? (s.endsWith("\n") ? s : s + "\n") : YamlText.write(d.raw());
    }

    /** The start read like an answer; its problems belong to the challenge file. */
    private static Optional<NetworkRules> parse(String text, Data at) {
        try {
            AnswerTree tree = AnswerTree.read(text);
            List<String> problems = new ArrayList<>();
            NetworkRules rules = NetworkRules.read(Data.root(tree.root(), (p, m) -> problems.add(
                    tree.at(p)[0] + ":" + tree.at(p)[1] + ": " + m)), List.of());
            problems.forEach(p -> at.problem("in the start, " + p));
            return problems.isEmpty() ? Optional.of(rules) : Optional.empty();
        } catch (UnreadableAnswer e) {
            at.problem("the start does not read: " + e.problem().located());
            return Optional.empty();
        }
    }

    private static void checkNames(Data given, NetworkWorld w, Set<String> groups, Set<String> acls) {
        Set<String> allGroups = new TreeSet<>(groups);
        allGroups.addAll(w.fixed().groups().keySet());
        Set<String> allAcls = new TreeSet<>(acls);
        allAcls.addAll(w.fixed().acls().keySet());
        for (NetworkWorld.Subnet s : w.subnets().values()) {
            s.acl().filter(a -> !allAcls.contains(a)).ifPresent(a -> given.problem("subnet " + s.name()
                    + " uses network ACL '" + a + "', which is neither in 'given' nor in the start"));
        }
        for (NetworkWorld.Instance i : w.instances().values()) {
            if (i.groups().isEmpty()) {
                given.problem("instance " + i.name() + " has no security group");
            }
            i.groups().stream().filter(g -> !allGroups.contains(g)).forEach(g -> given.problem("instance " + i.name()
                    + " uses security group '" + g + "', which is neither in 'given' nor in the start"));
        }
    }

    /** An answer read into rules, with every problem located in the answer. */
    private record Read(NetworkRules rules, List<AnswerProblem> problems) {}

    private Read read(String answer) {
        return read(answer, Text.ENGLISH_MESSAGES);
    }

    private Read read(String answer, Messages m) {
        AnswerTree tree;
        try {
            tree = AnswerTree.read(answer);
        } catch (UnreadableAnswer e) {
            return new Read(null, List.of(e.problem(m)));
        }
        List<AnswerProblem> problems = new ArrayList<>();
        Data.Sink sink = (path, message) -> {
            int[] at = tree.at(path);
            problems.add(AnswerProblem.unreadable(at[0], at[1], message));
        };
        Data root = Data.root(tree.root(), sink, m);
        NetworkRules rules = NetworkRules.read(root, List.of());
        for (String g : rules.groups().keySet()) {
            if (!editableGroups.contains(g)) {
                sink.problem("/security_groups/" + g + "#key", m.get("challenge.network.group_not_here", g,
                        names(editableGroups, m)));
            }
        }
        for (String a : rules.acls().keySet()) {
            if (!editableAcls.contains(a)) {
                sink.problem("/network_acls/" + a + "#key", m.get("challenge.network.acl_not_here", a,
                        names(editableAcls, m)));
            }
        }
        if (problems.isEmpty()) {
            for (String g : new TreeSet<>(editableGroups)) {
                if (!rules.groups().containsKey(g)) {
                    sink.problem("", m.get("challenge.network.group_missing", g));
                }
            }
            for (String a : new TreeSet<>(editableAcls)) {
                if (!rules.acls().containsKey(a)) {
                    sink.problem("", m.get("challenge.network.acl_missing", a));
                }
            }
        }
        Set<String> known = new TreeSet<>(editableGroups);
        known.addAll(world.fixed().groups().keySet());
        rules.groups().forEach((name, g) -> {
            for (List<SecurityGroup.Rule> list : List.of(g.inbound(), g.outbound())) {
                for (SecurityGroup.Rule r : list) {
                    r.group().filter(x -> !known.contains(x)).ifPresent(x -> sink.problem("/security_groups/" + name,
                            m.get("challenge.network.unknown_reference", name, x, String.join(", ", known))));
                }
            }
        });
        return new Read(rules, problems);
    }

    private static String names(Set<String> s, Messages m) {
        return s.isEmpty() ? m.get("challenge.network.nothing") : String.join(", ", new TreeSet<>(s));
    }

    @Override
    public CheckReport check(String answer, Messages m) {
        Read r = read(answer, m);
        if (!r.problems().isEmpty()) {
            return new CheckReport(List.of(), r.problems());
        }
        return new CheckReport(run(r.rules(), m), List.of());
    }

    private List<CaseResult> run(NetworkRules answer, Messages m) {
        Map<String, SecurityGroup> groups = new LinkedHashMap<>(world.fixed().groups());
        groups.putAll(answer.groups());
        Map<String, NetworkAcl> acls = new LinkedHashMap<>(world.fixed().acls());
        acls.putAll(answer.acls());
        List<CaseResult> out = new ArrayList<>(flows.size());
        for (NetworkFlow f : flows) {
            NetworkFlow.Outcome o = f.run(world, groups, acls);
            boolean pass = o.allowed() == f.allowed();
            Text reason = o.reason();
            if (!pass && !f.why().isEmpty()) {
                reason = Text.of("challenge.reason.why", reason, f.why());
            }
            out.add(new CaseResult(f.name(), m.get(f.allowed() ? "challenge.network.is_allowed" : "challenge.network.is_blocked"),
                    m.get(o.allowed() ? "challenge.network.is_allowed" : "challenge.network.is_blocked"), pass, reason.render(m)));
        }
        return out;
    }

    @Override
    public List<Finding> lint(String answer, Messages m) {
        Read r = read(answer, m);
        if (!r.problems().isEmpty()) {
            return r.problems().stream().map(p -> new Finding("error", p.line(), p.column(), p.message())).toList();
        }
        List<Finding> out = new ArrayList<>();
        r.rules().groups().forEach((name, g) -> {
            for (SecurityGroup.Rule rule : g.inbound()) {
                if (rule.cidr().map(c -> c.prefix() == 0).orElse(false)) {
                    if (rule.protocol() == Protocol.ALL) {
                        out.add(new Finding("security", 0, 0, m.get("challenge.network.lint.all_open", name)));
                    } else if (rule.protocol() == Protocol.TCP && (rule.ports().contains(22) || rule.ports().contains(3389))) {
                        out.add(new Finding("security", 0, 0, m.get("challenge.network.lint.admin_open", name,
                                rule.ports().contains(22) ? "SSH (22)" : "RDP (3389)")));
                    }
                }
            }
        });
        r.rules().acls().forEach((name, acl) -> {
            for (NetworkAcl.Rule rule : acl.inbound()) {
                if (rule.allow() && rule.protocol() == Protocol.ALL && rule.cidr().prefix() == 0) {
                    out.add(new Finding("warning", 0, 0, m.get("challenge.network.lint.acl_open", name,
                            String.valueOf(rule.number()))));
                }
            }
        });
        if (out.isEmpty()) {
            out.add(new Finding("ok", 0, 0, m.get("challenge.lint.no_findings")));
        }
        return out;
    }

    @Override
    public List<String> briefing(Messages m) {
        List<String> out = new ArrayList<>();
        List<Text> edits = new ArrayList<>();
        if (!editableGroups.isEmpty()) {
            edits.add(Text.of("challenge.network.edit_groups", names(editableGroups, m)));
        }
        if (!editableAcls.isEmpty()) {
            edits.add(Text.of("challenge.network.edit_acls", names(editableAcls, m)));
        }
        out.add(m.get("challenge.network.you_edit", Text.join("; ", edits).render(m)));
        out.addAll(world.describe(m));
        return out;
    }

    @Override
    public String allowEverything() {
        return YamlText.write(NetworkRules.open(editableGroups, editableAcls));
    }

    /** Every editable group and ACL with no rule at all. */
    private String closed() {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> g = new LinkedHashMap<>();
        editableGroups.forEach(n -> g.put(n, Map.of("inbound", List.of(), "outbound", List.of())));
        Map<String, Object> a = new LinkedHashMap<>();
        editableAcls.forEach(n -> a.put(n, Map.of("inbound", List.of(), "outbound", List.of())));
        if (!g.isEmpty()) {
            out.put("security_groups", g);
        }
        if (!a.isEmpty()) {
            out.put("network_acls", a);
        }
        return YamlText.write(out);
    }

    @Override
    public List<SpecProblem> unreachableCases() {
        Spec spec = new Spec(challenge());
        List<CaseResult> open = run(read(allowEverything()).rules(), Text.ENGLISH_MESSAGES);
        List<CaseResult> shut = run(read(closed()).rules(), Text.ENGLISH_MESSAGES);
        List<SpecProblem> out = new ArrayList<>();
        for (int i = 0; i < flows.size(); i++) {
            if (open.get(i).actual().equals(shut.get(i).actual())) {
                out.add(new SpecProblem(spec.at(flows.get(i).path()), "case '" + flows.get(i).name()
                        + "' is decided by the given network alone: it is " + open.get(i).actual()
                        + " whatever the rules say (" + open.get(i).reason() + ")"));
            }
        }
        return out;
    }

    /** What a case is about, in words. */
    @Override
    public String detail(int index, Messages m) {
        return flows.get(index).describe(m);
    }
}
