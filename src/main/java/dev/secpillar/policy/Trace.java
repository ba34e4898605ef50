package dev.secpillar.policy;

import java.util.List;

/**
 * What the evaluator looked at: the steps of AWS's decision flow it went through, and for each
 * policy, each statement with whether it applied and, if not, the first element that did not
 * match and why.
 */
public record Trace(List<String> steps, List<PolicyTrace> policies) {

    /** One policy: its label ("identityPolicies[0]"), what it said overall, and its statements. */
    public record PolicyTrace(String policy, String verdict, List<StatementTrace> statements) {}

    /** One statement: applied or not, and the detail (conditions that held, or the first mismatch). */
    public record StatementTrace(String statement, Effect effect, boolean applies, String detail) {}

    /** A readable multi-line rendering for --explain. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        for (String step : steps) {
            sb.append("  - ").append(step).append('\n');
        }
        for (PolicyTrace p : policies) {
            sb.append(p.policy()).append(": ").append(p.verdict()).append('\n');
            for (StatementTrace s : p.statements()) {
                sb.append("  ").append(s.applies() ? "[applies]   " : "[no match]  ")
                        .append(s.effect().awsName()).append(' ').append(s.statement());
                if (!s.detail().isEmpty()) {
                    sb.append(": ").append(s.detail());
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
