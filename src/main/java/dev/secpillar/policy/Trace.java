package dev.secpillar.policy;

import dev.secpillar.i18n.Messages;
import dev.secpillar.i18n.Text;
import java.util.List;

/**
 * What the evaluator looked at: the steps of AWS's decision flow it went through, and for each
 * policy, each statement with whether it applied and, if not, the first element that did not
 * match and why. The words are {@link Text}s, rendered in the learner's language; the plain
 * accessors give English.
 */
public record Trace(List<Text> stepTexts, List<PolicyTrace> policies) {

    /** One policy: its label ("identityPolicies[0]"), what it said overall, and its statements. */
    public record PolicyTrace(String policy, Text verdictText, List<StatementTrace> statements) {
        public String verdict() {
            return verdictText.english();
        }
    }

    /** One statement: applied or not, and the detail (conditions that held, or the first mismatch). */
    public record StatementTrace(String statement, Effect effect, boolean applies, Text detailText) {
        public String detail() {
            return detailText.english();
        }
    }

    /** The steps in English. */
    public List<String> steps() {
        return stepTexts.stream().map(Text::english).toList();
    }

    /** A readable multi-line rendering for --explain, in English. */
    public String render() {
        return render(Text.ENGLISH_MESSAGES);
    }

    public String render(Messages m) {
        StringBuilder sb = new StringBuilder();
        for (Text step : stepTexts) {
            sb.append("  - ").append(step.render(m)).append('\n');
        }
        String applies = m.get("policy.trace.applies");
        String noMatch = m.get("policy.trace.no_match");
        int width = Math.max(applies.length(), noMatch.length()) + 4;
        for (PolicyTrace p : policies) {
            sb.append(p.policy()).append(": ").append(p.verdictText().render(m)).append('\n');
            for (StatementTrace s : p.statements()) {
                String tag = "[" + (s.applies() ? applies : noMatch) + "]";
                sb.append("  ").append(tag).append(" ".repeat(width - tag.length()))
                        .append(s.effect().awsName()).append(' ').append(s.statement());
                String detail = s.detailText().render(m);
                if (!detail.isEmpty()) {
                    sb.append(": ").append(detail);
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
