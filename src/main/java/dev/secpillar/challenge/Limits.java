package dev.secpillar.challenge;

import dev.secpillar.i18n.Messages;
import dev.secpillar.i18n.Text;
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

    /** One line per limit, for the learner's briefing (English). */
    List<String> describe() {
        return describe(Text.ENGLISH_MESSAGES);
    }

    List<String> describe(Messages m) {
        List<String> out = new ArrayList<>();
        maxStatements.ifPresent(n -> out.add(m.get("challenge.limits.max_statements", n)));
        if (noWildcardActions) {
            out.add(m.get("challenge.limits.no_wildcard_actions"));
        }
        if (noWildcardResources) {
            out.add(m.get("challenge.limits.no_wildcard_resources"));
        }
        if (noNotAction) {
            out.add(m.get("challenge.limits.no_not_action"));
        }
        if (lintClean) {
            out.add(m.get("challenge.limits.lint_clean"));
        }
        return out;
    }

    List<AnswerProblem> check(PolicyDocument doc) {
        return check(doc, Text.ENGLISH_MESSAGES);
    }

    /** What the answer breaks, in the learner's language (lint findings stay as the linter words them). */
    List<AnswerProblem> check(PolicyDocument doc, Messages m) {
        List<AnswerProblem> out = new ArrayList<>();
        if (maxStatements.isPresent() && doc.statements().size() > maxStatements.getAsInt()) {
            Position p = doc.position();
            out.add(AnswerProblem.limit(p.line(), p.column(), m.get("challenge.limits.too_many_statements",
                    String.valueOf(doc.statements().size()), String.valueOf(maxStatements.getAsInt()))));
        }
        for (Statement s : doc.statements()) {
            String who = s.label();
            if (noNotAction && s.usesNotAction()) {
                Position p = s.positionOf("NotAction");
                out.add(AnswerProblem.limit(p.line(), p.column(), m.get("challenge.limits.uses_not_action", who)));
            }
            if (s.effect() != Effect.ALLOW) {
                continue;
            }
            if (noWildcardActions) {
                for (String a : s.actions()) {
                    if (a.contains("*") || a.contains("?")) {
                        Position p = s.positionOf(s.usesNotAction() ? "NotAction" : "Action");
                        out.add(AnswerProblem.limit(p.line(), p.column(),
                                m.get("challenge.limits.wildcard_action", who, a)));
                    }
                }
            }
            if (noWildcardResources && !s.usesNotResource() && s.resources().contains("*")) {
                Position p = s.positionOf("Resource");
                out.add(AnswerProblem.limit(p.line(), p.column(), m.get("challenge.limits.wildcard_resource", who)));
            }
        }
        if (lintClean) {
            for (Finding f : PolicyLinter.lint(doc)) {
                if (f.severity().failsLint()) {
                    out.add(AnswerProblem.limit(f.line(), f.column(), LINT_PREFIX + f.message(m)));
                }
            }
        }
        return out;
    }
}
