package dev.secpillar.challenge;

import dev.secpillar.i18n.Messages;
import dev.secpillar.policy.PolicyDocument;
import dev.secpillar.policy.PolicyLinter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lint findings for a policy answer: the limits the challenge sets, then the policy linter's
 * findings (IAM Access Analyzer's checks: errors, security warnings, warnings, suggestions).
 */
final class PolicyAdvice {
    private PolicyAdvice() {}

    static List<Finding> of(PolicyDocument doc, Limits limits, Messages m) {
        List<Finding> out = new ArrayList<>();
        for (AnswerProblem p : limits.check(doc, m)) {
            if (!p.message().startsWith(Limits.LINT_PREFIX)) {
                out.add(new Finding("limit", p.line(), p.column(), p.message()));
            }
        }
        for (dev.secpillar.policy.Finding f : PolicyLinter.lint(doc)) {
            out.add(new Finding(severity(f), f.line(), f.column(), f.message(m)));
        }
        if (out.isEmpty()) {
            out.add(new Finding("ok", 0, 0, m.get("challenge.lint.no_findings")));
        }
        return out;
    }

    static String severity(dev.secpillar.policy.Finding f) {
        return f.severity().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The briefing lines of a policy exercise: the fixed world and the limits. */
    static List<String> describe(PolicyExercise e, Messages m) {
        List<String> out = new ArrayList<>(e.world.describe(m));
        List<String> limits = e.limits.describe(m);
        if (!limits.isEmpty()) {
            out.add(m.get("challenge.limits.line", String.join("; ", limits)));
        }
        return out;
    }
}
