package dev.secpillar.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.Messages;
import dev.secpillar.policy.Finding;
import dev.secpillar.policy.LintCode;
import dev.secpillar.policy.LintReport;
import dev.secpillar.policy.Severity;
import java.util.HashMap;
import java.util.Map;

/** Lint findings as a SARIF 2.1.0 log, the format code-scanning tools (GitHub, GitLab, IDEs) read. */
final class Sarif {
    /** The tool's name as code-scanning tools list it: a name, not a sentence to translate. */
    private static final String TOOL_NAME = String.join(" ", "secpillar", "lint");

    private Sarif() {
    }

    /**
     * Results' messages in the learner's language (the run's "language" says which when it is not
     * English); the rules' texts stay English, the tool's fixed catalog that code-scanning tools
     * key their alerts to.
     */
    static ObjectNode of(String source, LintReport report, Messages messages) {
        ObjectNode root = SimulateCommand.Mappers.COMPACT.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", TOOL_NAME);
        driver.put("semanticVersion", "0.1.0");
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        for (LintCode c : LintCode.values()) {
            index.put(c.name(), index.size());
            ObjectNode rule = rules.addObject();
            rule.put("id", c.name());
            rule.putObject("shortDescription").put("text", c.summary());
            rule.putObject("defaultConfiguration").put("level", level(c.severity()));
            ObjectNode props = rule.putObject("properties");
            props.put("severity", c.severity().name());
            if (!c.accessAnalyzerCode().isEmpty()) {
                props.put("accessAnalyzerIssueCode", c.accessAnalyzerCode());
            }
        }
        if (messages.language() != Language.EN) {
            run.put("language", messages.language().code());
        }
        run.putObject("properties").put("policyKind", report.kindLabel());
        ArrayNode results = run.putArray("results");
        for (Finding f : report.findings()) {
            ObjectNode r = results.addObject();
            r.put("ruleId", f.code());
            Integer i = index.get(f.code());
            if (i != null) {
                r.put("ruleIndex", i);
            }
            r.put("level", level(f.severity()));
            r.putObject("message").put("text", f.message(messages));
            ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", source.replace('\\', '/'));
            if (f.position().isKnown()) {
                physical.putObject("region").put("startLine", f.line()).put("startColumn", Math.max(1, f.column()));
            }
            r.putObject("properties").put("severity", f.severity().name());
        }
        return root;
    }

    /** SARIF has error, warning and note: security warnings fail a build, so they are errors. */
    static String level(Severity s) {
        switch (s) {
            case ERROR:
            case SECURITY_WARNING:
                return "error";
            case WARNING:
                return "warning";
            default:
                return "note";
        }
    }
}
