package dev.secpillar.challenge;

import dev.secpillar.policy.Effect;
import dev.secpillar.policy.Finding;
import dev.secpillar.policy.PolicyDocument;
import dev.secpillar.policy.PolicyLinter;
import dev.secpillar.policy.Position;
import dev.secpillar.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a policy answer must also respect to pass, beyond its cases: least privilege made
 * explicit, so an answer that happens to pass the cases with {@code s3:*} still fails.
 */
record Limits(OptionalInt maxStatements, boolean noWildcardActions, boolean noWildcardResources,
              boolean noNotAction, boolean lintClean) {
    static final Limits NONE = new Limits(OptionalInt.empty(), false, false, false, false);
    static final List<String> KEYS = List.of("max_statements", "no_wildcard_actions", "no_wildcard_resources",
            "no_not_action", "lint_clean");
    /** How a lint finding reads as a broken limit. */
    static final String LINT_PREFIX = "lint: ";

    static Limits read(Optional<Data> d) {
        if (d.isEmpty() || d.get().map().isEmpty()) {
            return NONE;
        }
        Data l = d.get();
        l.onlyKeys(KEYS, "'limits'");
        OptionalInt max = l.get("max_statements").flatMap(Data::number)
                .map(n -> OptionalInt.of(n.intValue())).orElse(OptionalInt.empty());
        return new Limits(max, flag(l, "no_wildcard_actions"), flag(l, "no_wildcard_resources"),
                flag(l, "no_not_action"), flag(l, "lint_clean"));
    }

    private static boolean flag(Data l, String key) {
        return l.get(key).flatMap(Data::bool).orElse(false);
    }

    /** One line per limit, for the learner's briefing. */
    List<String> describe() {
        List<String> out = new ArrayList<>();
        maxStatements.ifPresent(n -> out.add("at most " + n + " statement" + (n == 1 ? "" : "s")));
        if (noWildcardActions) {
            out.add("no * in the actions an Allow grants");
        }
        if (noWildcardResources) {
            out.add("no Resource \"*\" in an Allow");
        }
        if (noNotAction) {
            out.add("no NotAction");
        }
        if (lintClean) {
            out.add("no lint errors or security warnings");
        }
        return out;
    }

    List<AnswerProblem> check(PolicyDocument doc) {
        List<AnswerProblem> out = new ArrayList<>();
        if (maxStatements.isPresent() && doc.statements().size() > maxStatements.getAsInt()) {
            Position p = doc.position();
            out.add(AnswerProblem.limit(p.line(), p.column(), "the policy has " + doc.statements().size()
                    + " statements; this challenge allows at most " + maxStatements.getAsInt()));
        }
        for (Statement s : doc.statements()) {
            String who = "statement " + s.label();
            if (noNotAction && s.usesNotAction()) {
                Position p = s.positionOf("NotAction");
                out.add(AnswerProblem.limit(p.line(), p.column(), who + " uses NotAction, which grants or denies"
                        + " every action not listed, including ones AWS adds later; list the actions instead"));
            }
            if (s.effect() != Effect.ALLOW) {
                continue;
            }
            if (noWildcardActions) {
                for (String a : s.actions()) {
                    if (a.contains("*") || a.contains("?")) {
                        Position p = s.positionOf(s.usesNotAction() ? "NotAction" : "Action");
                        out.add(AnswerProblem.limit(p.line(), p.column(), who + " allows \"" + a
                                + "\"; name each action this challenge needs instead of a wildcard"));
                    }
                }
            }
            if (noWildcardResources && !s.usesNotResource() && s.resources().contains("*")) {
                Position p = s.positionOf("Resource");
                out.add(AnswerProblem.limit(p.line(), p.column(), who
                        + " allows on Resource \"*\"; name the resources instead"));
            }
        }
        if (lintClean) {
            for (Finding f : PolicyLinter.lint(doc)) {
                if (f.severity().failsLint()) {
                    out.add(AnswerProblem.limit(f.line(), f.column(), LINT_PREFIX + f.message()));
                }
            }
        }
        return out;
    }
}
