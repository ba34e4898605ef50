package dev.secpillar.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.secpillar.i18n.Messages;
import dev.secpillar.policy.ActionCatalog;
import dev.secpillar.policy.Finding;
import dev.secpillar.policy.LintCode;
import dev.secpillar.policy.LintReport;
import dev.secpillar.policy.PolicyKind;
import dev.secpillar.policy.PolicyLinter;
import dev.secpillar.policy.ResourcePolicyType;
import dev.secpillar.policy.Severity;
import dev.secpillar.policy.Statement;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code secpillar lint POLICY.json [--format text|json|sarif] [--kind K] [--resource-type T]}:
 * Access Analyzer-style findings. Every problem is reported, a malformed element included.
 * Exit 1 when any ERROR or SECURITY_WARNING is found, 65 when the document is malformed (the
 * findings still say where), 74 when unreadable.
 */
@Command(name = "lint")
public final class LintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true)
    boolean help;

    @Parameters(index = "0", paramLabel = "POLICY.json", descriptionKey = "policy")
    Path policy;

    @Option(names = "--json")
    boolean json;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
    String format;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "auto")
    String kind;

    @Option(names = "--resource-type", paramLabel = "TYPE")
    String resourceType;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Messages m = SimulateCommand.words(spec);
        try {
            PolicyKind policyKind = null;
            if (!kind.equalsIgnoreCase("auto")) {
                try {
                    policyKind = PolicyKind.valueOf(kind.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    err.println("secpillar: " + m.get("cli.lint.unknown_kind", dev.secpillar.app.text.Sanitizer.cap(kind, Main.MAX_MESSAGE, m)));
                    return SimulateCommand.USAGE;
                }
            }
            ResourcePolicyType type = null;
            if (resourceType != null) {
                type = ResourcePolicyType.fromOption(resourceType);
                if (type == null) {
                    err.println("secpillar: " + m.get("cli.lint.unknown_resource_type", dev.secpillar.app.text.Sanitizer.cap(resourceType, Main.MAX_MESSAGE, m),
                            String.join(", ", ResourcePolicyType.options())));
                    return SimulateCommand.USAGE;
                }
                if (policyKind != null && policyKind != PolicyKind.RESOURCE) {
                    err.println("secpillar: " + m.get("cli.lint.resource_type_needs_kind"));
                    return SimulateCommand.USAGE;
                }
            }
            String chosenFormat = json ? "json" : format.toLowerCase(Locale.ROOT);
            if (!List.of("text", "json", "sarif").contains(chosenFormat)) {
                err.println("secpillar: " + m.get("cli.lint.unknown_format", dev.secpillar.app.text.Sanitizer.cap(format, Main.MAX_MESSAGE, m)));
                return SimulateCommand.USAGE;
            }
            String source = policy.toString();
            String text;
            try {
                text = SimulateCommand.readUtf8(policy);
            } catch (IOException e) {
                err.println("secpillar: " + source + ": " + SimulateCommand.ioMessage(e, m));
                return e instanceof CharacterCodingException || e instanceof BoundedInput.TooLarge
                        ? SimulateCommand.DATA : SimulateCommand.IO;
            }
            LintReport report = PolicyLinter.check(text, source, policyKind, type);
            List<String> expansions = expansions(report, m);
            switch (chosenFormat) {
                case "json":
                    out.println(SimulateCommand.Mappers.JSON.writeValueAsString(toJson(source, report, expansions, m)));
                    break;
                case "sarif":
                    out.println(SimulateCommand.Mappers.JSON.writeValueAsString(Sarif.of(source, report, m)));
                    break;
                default:
                    for (Finding f : report.findings()) {
                        // a finding may quote the policy: at most MAX_MESSAGE characters of it, counted in
                        // English, so a translation's longer words do not cut what English shows whole
                        String said = f.message(m);
                        int cap = Main.MAX_MESSAGE + Math.max(0, said.length() - f.message().length());
                        out.println(f.position().locate(source) + ": " + f.severity().word(m) + " " + f.code() + ": "
                                + dev.secpillar.app.text.Sanitizer.cap(said, cap, m));
                    }
                    for (String e : expansions) {
                        out.println(m.get("cli.lint.note", e));
                    }
                    out.println(checkedAs(report, m) + "; " + tally(report.findings(), m));
            }
            if (report.malformed()) {
                err.println("secpillar: " + m.get("cli.lint.malformed", source));
                return SimulateCommand.DATA;
            }
            return report.failed() ? 1 : 0;
        } catch (IOException | RuntimeException e) {
            return SimulateCommand.internalError(err, e, m);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** "checked as an identity policy (guessed: no statement has a Principal)". */
    static String checkedAs(LintReport report) {
        return checkedAs(report, Messages.of(dev.secpillar.i18n.Language.EN));
    }

    /** The policy kind and how it was guessed come from the linter, in the run's language as its findings. */
    static String checkedAs(LintReport report, Messages m) {
        boolean an = report.kindLabel().matches("(?i)[aeiou].*|S3.*|SQS.*|SNS.*|RCP.*");
        String checked = m.get(an ? "cli.lint.checked_as_an" : "cli.lint.checked_as_a", report.kindLabel(m));
        return report.guessed().isEmpty() ? checked : m.get("cli.lint.guessed", checked, report.guessed(m));
    }

    /** "s3:Put* grants 40 actions: 37 Write, 3 Permissions management" for each wildcard action. */
    private static List<String> expansions(LintReport report, Messages m) {
        List<String> out = new ArrayList<>();
        if (report.document().isEmpty()) {
            return out;
        }
        ActionCatalog catalog = ActionCatalog.instance();
        for (Statement st : report.document().get().statements()) {
            for (String action : st.actions()) {
                if ((action.contains("*") || action.contains("?")) && !action.equals("*")) {
                    String line = (st.usesNotAction() ? "NotAction " : "") + catalog.describeExpansion(action, m);
                    if (!out.contains(line)) {
                        out.add(line);
                    }
                }
            }
        }
        return out;
    }

    private static ObjectNode toJson(String source, LintReport report, List<String> expansions, Messages messages) {
        ObjectNode root = SimulateCommand.Mappers.COMPACT.createObjectNode();
        root.put("file", source);
        root.put("kind", report.kind().name().toLowerCase(Locale.ROOT));
        if (report.resourceType() != null) {
            root.put("resourceType", report.resourceType().option());
        }
        // Fields a tool keys on (kind, kindGuessed, code, severity, positions) stay English; the words a
        // person reads (kindLabel, guessedFrom, message) follow --lang.
        root.put("kindLabel", report.kindLabel(messages));
        root.put("kindGuessed", !report.guessed().isEmpty());
        if (!report.guessed().isEmpty()) {
            root.put("guessedFrom", report.guessed(messages));
        }
        root.put("malformed", report.malformed());
        ArrayNode list = root.putArray("findings");
        for (Finding f : report.findings()) {
            LintCode code = LintCode.of(f.code());
            ObjectNode o = list.addObject().put("code", f.code()).put("severity", f.severity().name())
                    .put("message", f.message(messages)).put("line", f.line()).put("column", f.column());
            if (code != null && !code.accessAnalyzerCode().isEmpty()) {
                o.put("accessAnalyzerCode", code.accessAnalyzerCode());
            }
        }
        ArrayNode notes = root.putArray("expansions");
        expansions.forEach(notes::add);
        return root;
    }

    private static String tally(List<Finding> findings, Messages m) {
        if (findings.isEmpty()) {
            return m.get("cli.lint.no_findings");
        }
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((s, n) -> parts.add(m.get("cli.lint.severity." + s.name().toLowerCase(Locale.ROOT), n)));
        return m.get("cli.lint.findings", findings.size(), String.join(", ", parts));
    }
}
