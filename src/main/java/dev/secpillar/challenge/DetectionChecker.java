package dev.secpillar.challenge;

import dev.secpillar.i18n.Messages;
import dev.secpillar.i18n.Text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.secpillar.course.Challenge;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.event.ruler.JsonRuleCompiler;
import software.amazon.event.ruler.Machine;

/**
 * A detection challenge: the learner writes an EventBridge event pattern; AWS's own matching
 * engine (event-ruler, the library behind EventBridge rules) decides which events it matches.
 * It must match every malicious event and none of the benign ones.
 */
public final class DetectionChecker extends CompiledChecker {
    static final List<String> KEYS = List.of("defaults", "cases", "start", "solution");
    /** Matches every event: every EventBridge event has a source, and every string starts with "". */
    static final String MATCH_EVERYTHING = "{\n  \"source\": [{\"prefix\": \"\"}]\n}\n";
    private static final Pattern JACKSON_AT = Pattern.compile("line: (\\d+), column: (\\d+)");

    private final List<DetectionEvent> events;

    private DetectionChecker(Challenge challenge, List<DetectionEvent> events, String start, String solution) {
        super(challenge, AnswerFormat.JSON, start, solution);
        this.events = List.copyOf(events);
    }

    static DetectionChecker compile(Challenge c) throws ChallengeSpecException {
        Spec spec = new Spec(c);
        Data root = spec.root();
        root.onlyKeys(KEYS, "a detection challenge");
        Map<String, Object> defaults = new LinkedHashMap<>();
        root.get("defaults").flatMap(Data::map).ifPresent(m -> m.forEach((k, v) -> defaults.put(k, v.raw())));
        List<DetectionEvent> events = new ArrayList<>();
        root.required("cases").flatMap(Data::list).ifPresent(list -> {
            if (list.isEmpty()) {
                root.get("cases").ifPresent(d -> d.problem("a challenge needs at least one case"));
            }
            for (int i = 0; i < list.size(); i++) {
                DetectionEvent.read(list.get(i), i, defaults).ifPresent(events::add);
            }
        });
        String start = root.required("start").map(DetectionChecker::patternText).orElse("");
        String solution = root.required("solution").map(DetectionChecker::patternText).orElse("");
        spec.finish();
        return new DetectionChecker(c, events, start, solution);
    }

    private static String patternText(Data d) {
        String text = d.raw() instanceof String s ? (s.endsWith("\n") ? s : s + "\n") : JsonText.write(d.raw());
        String error = JsonRuleCompiler.check(text);
        if (error != null) {
            d.problem("not a valid event pattern: " + firstLine(error));
        }
        return text;
    }

    @Override
    public CheckReport check(String answer, Messages m) {
        JsonNode pattern;
        Machine machine = Machine.builder().build();
        try {
            pattern = read(answer);
            machine.addRule("answer", answer);
        } catch (UnreadableAnswer e) {
            return CheckReport.unreadable(e.problem(m));
        } catch (Exception e) {
            return CheckReport.unreadable(located(e.getMessage()).problem(m));
        }
        List<CaseResult> out = new ArrayList<>(events.size());
        for (DetectionEvent e : events) {
            boolean matched = !machine.rulesForJSONEvent(e.event()).isEmpty();
            boolean pass = matched == e.malicious();
            Text reason;
            if (e.malicious()) {
                reason = matched ? Text.of("challenge.detection.matched")
                        : Text.of("challenge.detection.missed", diagnose(pattern, e.event()));
            } else {
                reason = Text.of(matched ? "challenge.detection.false_alarm" : "challenge.detection.not_matched");
            }
            if (!pass && !e.why().isEmpty()) {
                reason = Text.of("challenge.reason.why", reason, e.why());
            }
            Text match = Text.of("challenge.detection.match");
            Text noMatch = Text.of("challenge.detection.no_match");
            out.add(new CaseResult(e.name(), (e.malicious() ? match : noMatch).render(m),
                    (matched ? match : noMatch).render(m), pass, reason.render(m)));
        }
        return new CheckReport(out, List.of());
    }

    /** The answer as a pattern tree, with any syntax or pattern error located. */
    private static JsonNode read(String answer) throws UnreadableAnswer {
        JsonNode pattern = JsonText.read(answer);
        if (!pattern.isObject()) {
            throw new UnreadableAnswer(1, 1, Text.of("challenge.detection.not_object", "{\"source\": [\"aws.iam\"]}"));
        }
        String error = JsonRuleCompiler.check(answer);
        if (error != null) {
            throw located(error);
        }
        return pattern;
    }

    /** event-ruler's messages end with Jackson's "at [Source: ...; line: 3, column: 14]". */
    private static UnreadableAnswer located(String message) {
        if (message == null) {
            return new UnreadableAnswer(1, 1, Text.of("challenge.detection.pattern_error",
                    Text.of("challenge.detection.invalid")));
        }
        String m = message;
        Matcher at = JACKSON_AT.matcher(m);
        int line = 1;
        int col = 1;
        if (at.find()) {
            line = Integer.parseInt(at.group(1));
            col = Integer.parseInt(at.group(2));
        }
        return new UnreadableAnswer(line, col, Text.of("challenge.detection.pattern_error", firstLine(m)));
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    /**
     * Why a pattern missed an event: the first field of the pattern whose values the event's
     * value does not meet, tested on its own with the same engine.
     */
    static Text diagnose(JsonNode pattern, JsonNode event) {
        if (pattern.has("$or")) {
            return Text.of("challenge.detection.no_or_branch");
        }
        List<String> path = new ArrayList<>();
        Text found = firstFailing(pattern, path, event);
        return found == null ? Text.of("challenge.detection.no_match_event") : found;
    }

    private static Text firstFailing(JsonNode node, List<String> path, JsonNode event) {
        for (Map.Entry<String, JsonNode> f : node.properties()) {
            path.add(f.getKey());
            if (f.getValue().isObject() && !f.getKey().equals("$or")) {
                Text inner = firstFailing(f.getValue(), path, event);
                if (inner != null) {
                    return inner;
                }
            } else if (f.getValue().isArray() && !matchesAlone(path, f.getValue(), event)) {
                JsonNode value = event;
                for (String p : path) {
                    value = value == null ? null : value.get(p);
                }
                String field = String.join(".", path);
                return value == null || value.isNull()
                        ? Text.of("challenge.detection.field_missing", field, f.getValue().toString())
                        : Text.of("challenge.detection.field_differs", field, value.toString(), f.getValue().toString());
            }
            path.remove(path.size() - 1);
        }
        return null;
    }

    private static boolean matchesAlone(List<String> path, JsonNode values, JsonNode event) {
        ObjectNode root = JsonText.MAPPER.createObjectNode();
        ObjectNode at = root;
        for (int i = 0; i < path.size() - 1; i++) {
            at = at.putObject(path.get(i));
        }
        at.set(path.get(path.size() - 1), values);
        try {
            Machine m = Machine.builder().build();
            m.addRule("field", root.toString());
            return !m.rulesForJSONEvent(event).isEmpty();
        } catch (Exception e) {
            return true;
        }
    }

    @Override
    public List<Finding> lint(String answer, Messages m) {
        List<Finding> out = new ArrayList<>();
        JsonNode pattern;
        try {
            pattern = read(answer);
        } catch (UnreadableAnswer e) {
            AnswerProblem p = e.problem(m);
            return List.of(new Finding("error", p.line(), p.column(), p.message()));
        }
        if (!pattern.has("source") && !pattern.has("$or")) {
            out.add(new Finding("warning", 1, 1, m.get("challenge.detection.lint.no_source", "\"aws.cloudtrail\"")));
        }
        if (!pattern.has("detail-type") && !pattern.has("$or")) {
            out.add(new Finding("suggestion", 1, 1, m.get("challenge.detection.lint.no_detail_type",
                    "\"AWS API Call via CloudTrail\"", "\"AWS Console Sign In via CloudTrail\"")));
        }
        if (pattern.toString().contains("{\"prefix\":\"\"}")) {
            out.add(new Finding("warning", 1, 1, m.get("challenge.detection.lint.empty_prefix")));
        }
        if (out.isEmpty()) {
            out.add(new Finding("ok", 0, 0, m.get("challenge.lint.no_findings")));
        }
        return out;
    }

    @Override
    public List<String> briefing(Messages m) {
        long bad = events.stream().filter(DetectionEvent::malicious).count();
        // name the event sources this exercise really has (aws.s3, aws.guardduty), not an example
        String sources = events.stream().map(e -> e.event().path("source").asText("")).filter(x -> !x.isEmpty())
                .distinct().collect(java.util.stream.Collectors.joining(", "));
        boolean cloudTrail = events.stream().allMatch(e -> e.event().path("detail-type").asText("").endsWith("via CloudTrail"));
        String what = m.get(cloudTrail ? "challenge.detection.events.cloudtrail" : "challenge.detection.events", sources);
        return List.of(m.get("challenge.detection.you_write"),
                m.get("challenge.detection.counts", String.valueOf(bad), String.valueOf(events.size() - bad)), what);
    }

    /** The event a case is about, as EventBridge delivers it. */
    @Override
    public String detail(int index, Messages m) {
        DetectionEvent e = events.get(index);
        String head = m.get(e.malicious() ? "challenge.detection.must_match" : "challenge.detection.must_not_match");
        return (e.why().isEmpty() ? head : m.get("challenge.reason.why", head, e.why()))
                + ":\n" + JsonText.write(JsonText.MAPPER.convertValue(events.get(index).event(), Object.class));
    }

    @Override
    public String allowEverything() {
        return MATCH_EVERYTHING;
    }

    @Override
    public List<SpecProblem> unreachableCases() {
        Spec spec = new Spec(challenge());
        List<SpecProblem> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            for (int j = i + 1; j < events.size(); j++) {
                DetectionEvent a = events.get(i);
                DetectionEvent b = events.get(j);
                if (a.malicious() != b.malicious() && a.content().equals(b.content())) {
                    out.add(new SpecProblem(spec.at(b.path()), "case '" + b.name() + "' is the same event as case '"
                            + a.name() + "' but expects the opposite; no pattern can tell them apart"));
                }
            }
        }
        return out;
    }
}
