package dev.secpillar.cli;

import dev.secpillar.i18n.Messages;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.secpillar.policy.EvaluationResult;
import dev.secpillar.policy.PolicyEvaluator;
import dev.secpillar.policy.PolicyParseException;
import dev.secpillar.policy.Reason;
import dev.secpillar.policy.Request;
import dev.secpillar.policy.Scenario;
import dev.secpillar.policy.ScenarioParser;
import dev.secpillar.policy.Trace;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code secpillar simulate SCENARIO.json [--explain] [--json] [--batch]}: one IAM decision, or
 * one per line of standard input with --batch. Exit 0 whatever the decision; 65 for a
 * malformed scenario; 74 when the file cannot be read; 2 for usage errors.
 */
@Command(name = "simulate")
public final class SimulateCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int USAGE = 2;
    static final int DATA = 65;
    static final int SOFTWARE = 70;
    static final int IO = 74;
    /** Built on first use: picocli creates every subcommand at start, and mappers are slow to build. */
    static final class Mappers {
        static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        static final ObjectMapper COMPACT = new ObjectMapper();
    }

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true)
    boolean help;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO.json",
            descriptionKey = "scenario")
    Path scenario;

    @Option(names = "--explain")
    boolean explain;

    @Option(names = "--json")
    boolean json;

    @Option(names = "--batch")
    boolean batch;

    private InputStream input = System.in;

    /** Where --batch reads from when no file is given (standard input by default; tests replace it). */
    public SimulateCommand withInput(InputStream in) {
        this.input = in;
        return this;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (batch) {
                return batch(out, err);
            }
            if (scenario == null) {
                err.println("secpillar: " + messages().get("cli.simulate.needs_scenario"));
                spec.commandLine().usage(err);
                return USAGE;
            }
            String source = scenario.toString();
            String text;
            try {
                text = readUtf8(scenario);
            } catch (IOException e) {
                err.println("secpillar: " + source + ": " + ioMessage(e, messages()));
                return e instanceof CharacterCodingException || e instanceof BoundedInput.TooLarge ? DATA : IO;
            }
            Scenario parsed = ScenarioParser.parse(text, source);
            EvaluationResult result = PolicyEvaluator.evaluate(parsed);
            dev.secpillar.i18n.Messages m = messages();
            if (json) {
                out.println(Mappers.JSON.writeValueAsString(toJson(parsed.request(), result, true)));
            } else {
                out.println(result.decision().wireName());
                for (Reason reason : result.reasons()) {
                    out.println("  " + reason.describe(m));
                }
                if (explain) {
                    out.println();
                    out.println("Trace:");
                    out.print(result.trace().render(m));
                }
            }
            out.flush();
            return OK;
        } catch (PolicyParseException e) {
            err.println("secpillar: " + dev.secpillar.app.text.Sanitizer.cap(e.located(messages()), Main.MAX_MESSAGE, messages()));
            return DATA;
        } catch (IOException | RuntimeException e) {
            return internalError(err, e, messages());
        } finally {
            err.flush();
            out.flush();
        }
    }

    private int batch(PrintWriter out, PrintWriter err) throws IOException {
        String source = scenario == null ? "<stdin>" : scenario.toString();
        InputStream in;
        try {
            in = scenario == null ? input : Files.newInputStream(scenario);
        } catch (IOException e) {
            err.println("secpillar: " + source + ": " + ioMessage(e, messages()));
            return IO;
        }
        boolean anyBad = false;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in,
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)))) {
            String line;
            int lineNumber = 0;
            while (true) {
                try {
                    line = BoundedInput.line(reader, BoundedInput.LINE_CHARS);
                } catch (BoundedInput.TooLarge e) {
                    err.println("secpillar: " + source + ":" + (lineNumber + 1) + ": " + e.message(messages()));
                    return DATA;
                }
                if (line == null) {
                    break;
                }
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    Scenario parsed = ScenarioParser.parse(line, source);
                    EvaluationResult result = PolicyEvaluator.evaluate(parsed);
                    out.println(json ? Mappers.COMPACT.writeValueAsString(toJson(parsed.request(), result, explain))
                            : result.decision().wireName());
                } catch (PolicyParseException e) {
                    anyBad = true;
                    // The scenario is one line: report the batch line, and the column within it.
                    String where = source + ":" + lineNumber + (e.column() > 0 ? ":" + e.column() : "");
                    err.println("secpillar: " + where + ": "
                            + dev.secpillar.app.text.Sanitizer.cap(String.valueOf(e.message(messages())), Main.MAX_MESSAGE, messages()));
                    out.println(json ? Mappers.COMPACT.writeValueAsString(Mappers.COMPACT.createObjectNode()
                            .put("error", e.getMessage()).put("line", lineNumber)) : "Error");
                }
            }
        } catch (CharacterCodingException e) {
            err.println("secpillar: " + source + ": " + ioMessage(e, messages()));
            return DATA;
        }
        return anyBad ? DATA : OK;
    }

    static ObjectNode toJson(Request request, EvaluationResult result, boolean withTrace) {
        ObjectNode root = Mappers.COMPACT.createObjectNode();
        root.put("decision", result.decision().wireName());
        root.put("summary", result.summary());
        ArrayNode reasons = root.putArray("reasons");
        for (Reason r : result.reasons()) {
            ObjectNode o = reasons.addObject();
            o.put("policy", r.policy());
            if (r.statement().isPresent()) {
                o.put("statement", r.statement().get());
            } else {
                o.putNull("statement");
            }
            r.effect().ifPresent(e -> o.put("effect", e.awsName()));
            o.put("detail", r.detail());
        }
        ArrayNode assumed = root.putArray("assumptions");
        result.assumptions().forEach(assumed::add);
        ObjectNode req = root.putObject("request");
        req.put("principal", request.principal());
        req.put("principalType", request.principalType().wireName());
        req.put("principalAccount", request.principalAccount());
        req.put("action", request.action());
        req.put("resource", request.resource());
        req.put("resourceAccount", request.resourceAccount());
        req.put("sameAccount", request.sameAccount());
        if (withTrace) {
            Trace trace = result.trace();
            ObjectNode t = root.putObject("trace");
            ArrayNode steps = t.putArray("steps");
            trace.steps().forEach(steps::add);
            ArrayNode policies = t.putArray("policies");
            for (Trace.PolicyTrace p : trace.policies()) {
                ObjectNode po = policies.addObject();
                po.put("policy", p.policy());
                po.put("verdict", p.verdict());
                ArrayNode statements = po.putArray("statements");
                for (Trace.StatementTrace s : p.statements()) {
                    statements.addObject().put("statement", s.statement()).put("effect", s.effect().awsName())
                            .put("applies", s.applies()).put("detail", s.detail());
                }
            }
        }
        return root;
    }

    /** Reads a file as strict UTF-8 (a malformed byte is invalid data, not a silent replacement). */
    static String readUtf8(Path path) throws IOException {
        return BoundedInput.utf8(path, BoundedInput.DOCUMENT_BYTES);
    }

    /**
     * The words of the run this command is part of (its parent is the secpillar command, which
     * decided the language), or English when it runs on its own.
     */
    static Messages words(CommandSpec spec) {
        CommandSpec parent = spec == null ? null : spec.parent();
        return parent != null && parent.userObject() instanceof Main main ? main.messages()
                : Messages.of(dev.secpillar.i18n.Language.EN);
    }

    /** This run's words (the secpillar command memoises them, so asking again decides nothing twice). */
    private Messages messages() {
        return words(spec);
    }

    static String ioMessage(IOException e, Messages m) {
        if (e instanceof NoSuchFileException) {
            return m.get("cli.io.no_such_file");
        }
        if (e instanceof AccessDeniedException) {
            return m.get("cli.io.permission_denied");
        }
        if (e instanceof CharacterCodingException) {
            return m.get("cli.io.not_utf8");
        }
        if (e instanceof BoundedInput.TooLarge tooLarge) {
            return tooLarge.message(m);
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return m.get("cli.io.cannot_read", fs.getReason());
        }
        return m.get("cli.io.cannot_read", e.getMessage());
    }

    static int internalError(PrintWriter err, Exception e, Messages m) {
        err.println("secpillar: " + m.get("cli.error.internal", String.valueOf(e)));
        if ("1".equals(System.getenv("SECPILLAR_DEBUG"))) {
            e.printStackTrace(err);
        }
        return SOFTWARE;
    }
}
