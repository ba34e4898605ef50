package dev.secpillar.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.secpillar.policy.ActionCatalog;
import dev.secpillar.policy.Finding;
import dev.secpillar.policy.PolicyDocument;
import dev.secpillar.policy.PolicyKind;
import dev.secpillar.policy.PolicyLinter;
import dev.secpillar.policy.PolicyParseException;
import dev.secpillar.policy.PolicyParser;
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
 * {@code secpillar lint POLICY.json [--json]}: Access Analyzer-style findings. Exit 1 when any
 * ERROR or SECURITY_WARNING is found, 65 when the policy cannot be parsed, 74 when unreadable.
 */
@Command(name = "lint",
        description = {"Check an IAM policy: errors, security warnings, warnings and suggestions,",
                "in the manner of IAM Access Analyzer's policy validation."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:no error or security warning", "1:an error or security warning was found",
                "2:usage error", "65:malformed policy", "74:cannot read the file"})
public final class LintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Parameters(index = "0", paramLabel = "POLICY.json", description = "the policy file")
    Path policy;

    @Option(names = "--json", description = "print the findings as JSON")
    boolean json;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "any",
            description = "policy kind for the size quota: identity, resource, boundary, session, scp, rcp or any (default)")
    String kind;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            PolicyKind policyKind;
            try {
                policyKind = PolicyKind.valueOf(kind.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                err.println("secpillar: unknown --kind \"" + kind
                        + "\" (expected identity, resource, boundary, session, scp, rcp or any)");
                return SimulateCommand.USAGE;
            }
            String source = policy.toString();
            String text;
            try {
                text = SimulateCommand.readUtf8(policy);
            } catch (IOException e) {
                err.println("secpillar: " + source + ": " + SimulateCommand.ioMessage(e));
                return e instanceof CharacterCodingException || e instanceof BoundedInput.TooLarge
                        ? SimulateCommand.DATA : SimulateCommand.IO;
            }
            PolicyDocument document = PolicyParser.parse(text, source, policyKind);
            List<Finding> findings = PolicyLinter.lint(document);
            List<String> expansions = expansions(document);
            boolean failed = findings.stream().anyMatch(f -> f.severity().failsLint());
            if (json) {
                out.println(SimulateCommand.Mappers.JSON.writeValueAsString(toJson(source, findings, expansions)));
            } else {
                for (Finding f : findings) {
                    out.println(f.position().locate(source) + ": " + label(f.severity()) + " " + f.code() + ": "
                            + f.message());
                }
                for (String e : expansions) {
                    out.println("note: " + e);
                }
                out.println(tally(findings));
            }
            return failed ? 1 : 0;
        } catch (PolicyParseException e) {
            err.println("secpillar: " + dev.secpillar.app.text.Sanitizer.cap(e.located(), Main.MAX_MESSAGE));
            return SimulateCommand.DATA;
        } catch (IOException | RuntimeException e) {
            return SimulateCommand.internalError(err, e);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** "s3:Put* grants 40 actions: 37 Write, 3 Permissions management" for each wildcard action. */
    private static List<String> expansions(PolicyDocument document) {
        List<String> out = new ArrayList<>();
        ActionCatalog catalog = ActionCatalog.instance();
        for (Statement st : document.statements()) {
            for (String action : st.actions()) {
                if ((action.contains("*") || action.contains("?")) && !action.equals("*")) {
                    String line = (st.usesNotAction() ? "NotAction " : "") + catalog.describeExpansion(action);
                    if (!out.contains(line)) {
                        out.add(line);
                    }
                }
            }
        }
        return out;
    }

    private static ObjectNode toJson(String source, List<Finding> findings, List<String> expansions) {
        ObjectNode root = SimulateCommand.Mappers.COMPACT.createObjectNode();
        root.put("file", source);
        ArrayNode list = root.putArray("findings");
        for (Finding f : findings) {
            list.addObject().put("code", f.code()).put("severity", f.severity().name()).put("message", f.message())
                    .put("line", f.line()).put("column", f.column());
        }
        ArrayNode notes = root.putArray("expansions");
        expansions.forEach(notes::add);
        return root;
    }

    private static String label(Severity s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String tally(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "no findings";
        }
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((s, n) -> parts.add(n + " " + label(s) + (n == 1 ? "" : "s")));
        return findings.size() + (findings.size() == 1 ? " finding: " : " findings: ") + String.join(", ", parts);
    }
}
