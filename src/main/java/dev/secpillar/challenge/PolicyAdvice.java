package dev.secpillar.challenge;

import dev.secpillar.policy.Effect;
import dev.secpillar.policy.PolicyDocument;
import dev.secpillar.policy.Position;
import dev.secpillar.policy.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Lint findings for a policy answer: the limits the challenge sets, then the usual least
 * privilege warnings (wildcards, NotAction, anyone without a condition).
 */
final class PolicyAdvice {
    private PolicyAdvice() {}

    static List<Finding> of(PolicyDocument doc, Limits limits) {
        List<Finding> out = new ArrayList<>();
        for (AnswerProblem p : limits.check(doc)) {
            out.add(new Finding("limit", p.line(), p.column(), p.message()));
        }
        for (Statement s : doc.statements()) {
            if (s.effect() != Effect.ALLOW) {
                continue;
            }
            String who = "statement " + s.label();
            Position action = s.positionOf(s.usesNotAction() ? "NotAction" : "Action");
            if (s.usesNotAction()) {
                out.add(finding("security", action, who + " allows every action except those listed (NotAction)"));
            }
            for (String a : s.actions()) {
                if (a.equals("*")) {
                    out.add(finding("security", action, who + " allows every action of every service (\"*\")"));
                } else if (a.endsWith(":*")) {
                    out.add(finding("warning", action, who + " allows every " + a.substring(0, a.indexOf(':'))
                            + " action (\"" + a + "\")"));
                }
            }
            if (s.hasResourceElement() && !s.usesNotResource() && s.resources().contains("*")) {
                out.add(finding("warning", s.positionOf("Resource"), who + " applies to every resource (\"*\")"));
            }
            if (s.usesNotResource()) {
                out.add(finding("warning", s.positionOf("NotResource"), who
                        + " applies to every resource except those listed (NotResource)"));
            }
            boolean anyone = s.principals().values().stream().anyMatch(v -> v.contains("*"));
            if (anyone && !s.usesNotPrincipal() && s.conditionCount() == 0) {
                out.add(finding("security", s.positionOf("Principal"), who
                        + " allows anyone (Principal \"*\") with no condition"));
            }
        }
        if (out.isEmpty()) {
            out.add(new Finding("ok", 0, 0, "no findings"));
        }
        return out;
    }

    private static Finding finding(String severity, Position p, String message) {
        return new Finding(severity, p.line(), p.column(), message);
    }

    /** The briefing lines of a policy exercise: the fixed world and the limits. */
    static List<String> describe(PolicyExercise e) {
        List<String> out = new ArrayList<>(e.world.describe());
        List<String> limits = e.limits.describe();
        if (!limits.isEmpty()) {
            out.add("Limits: " + String.join("; ", limits) + ".");
        }
        return out;
    }
}
