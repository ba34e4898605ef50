package dev.secpillar.content;

import dev.secpillar.course.Playbook;
import dev.secpillar.course.Positions;
import dev.secpillar.course.Question;
import dev.secpillar.course.QuestionKind;
import dev.secpillar.course.Quiz;
import dev.secpillar.course.SourceRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.snakeyaml.engine.v2.nodes.Node;

/** Turns one quiz file into a {@link Quiz}: each question kind has its own answer rules. */
final class QuizReader {
    static final List<String> DECISIONS = List.of("Allow", "ExplicitDeny", "ImplicitDeny");
    static final List<String> DECISION_CHOICES = List.of("Allow", "Explicit deny", "Implicit deny");

    record Read(Quiz quiz, SourceRef moduleRef, Map<String, SourceRef> tagPositions) {}

    private QuizReader() {}

    static Optional<Read> read(String file, Node root, Problems problems) {
        return read(file, root, Map.of(), problems);
    }

    static Optional<Read> read(String file, Node root, Map<String, Playbook> playbooks, Problems problems) {
        Optional<Fields> maybe = Fields.of(file, root, "a quiz", problems);
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Fields f = maybe.get();
        Optional<String> id = f.id();
        Optional<String> module = f.string("module", true);
        String title = f.string("title", false).orElse(module.orElse("") + " quiz");
        int pass = f.integer("pass_percent", false, 1, 100).orElse(80);
        List<Node> nodes = f.list("questions", true);
        if (f.has("questions") && nodes.isEmpty()) {
            problems.add(f.whereOf("questions"), "a quiz needs at least one question");
        }
        List<Question> questions = new ArrayList<>();
        Map<String, SourceRef> tags = new java.util.HashMap<>();
        for (Node n : nodes) {
            readQuestion(file, n, playbooks, problems, tags).ifPresent(questions::add);
        }
        f.finish("a quiz");
        if (id.isEmpty() || module.isEmpty() || questions.size() != nodes.size()) {
            return Optional.empty();
        }
        Quiz quiz = new Quiz(id.get(), module.get(), title, pass, questions, f.where());
        return Optional.of(new Read(quiz, f.whereOf("module"), tags));
    }

    private static Optional<Question> readQuestion(String file, Node node, Map<String, Playbook> playbooks,
                                                   Problems problems, Map<String, SourceRef> tags) {
        Optional<Fields> maybe = Fields.of(file, node, "a question", problems);
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Fields f = maybe.get();
        int before = problems.size();
        Optional<String> id = f.id();
        Optional<QuestionKind> kind = f.string("kind", true).flatMap(k -> kindOf(k, f.whereOf("kind"), problems));
        Optional<String> prompt = f.string("prompt", true);
        Optional<String> explain = f.string("explain", true);
        List<String> bps = f.stringList("best_practices", true);
        if (f.has("best_practices") && bps.isEmpty()) {
            problems.add(f.whereOf("best_practices"), "a question must name at least one best practice it tests");
        }
        Tags.positions(f, "best_practices").forEach(tags::putIfAbsent);
        List<String> choices = List.of();
        List<Integer> answer = List.of();
        Map<String, Object> scenario = Map.of();
        Map<String, SourceRef> positions = Fields.newPositions();
        if (kind.isPresent()) {
            switch (kind.get()) {
                case SINGLE -> {
                    choices = choices(f, problems);
                    answer = f.integer("answer", true, 0, Math.max(0, choices.size() - 1)).map(List::of).orElse(List.of());
                }
                case MULTI -> {
                    choices = choices(f, problems);
                    answer = multiAnswer(f, choices.size(), problems);
                }
                case TRUE_FALSE -> {
                    choices = List.of("True", "False");
                    answer = f.bool("answer", true).map(b -> List.of(b ? 0 : 1)).orElse(List.of());
                }
                case ORDER -> {
                    SourceRef at;
                    if (f.has("playbook")) {
                        // The items are the playbook's steps, so the quiz asks for the lesson's order.
                        at = f.whereOf("playbook");
                        if (f.has("items")) {
                            problems.add(f.whereOf("items"), "an order question takes 'items' or 'playbook', not both");
                        }
                        choices = f.string("playbook", true).map(pid -> {
                            Playbook p = playbooks.get(pid);
                            if (p == null) {
                                problems.add(f.whereOf("playbook"), "no playbook '" + pid + "' in lessons/" + PlaybookReader.FILE);
                                return List.<String>of();
                            }
                            positions.put("/playbook", f.whereOf("playbook"));
                            return p.stepTexts();
                        }).orElse(List.of());
                    } else {
                        choices = f.stringList("items", true);
                        at = f.whereOf("items");
                    }
                    if ((f.has("items") || !choices.isEmpty()) && (choices.size() < 3 || choices.size() > 7)) {
                        problems.add(at, "an order question needs 3 to 7 items, found " + choices.size());
                    }
                    Set<String> seen = new HashSet<>();
                    for (String item : choices) {
                        if (!seen.add(item)) {
                            problems.add(at, "item '" + item + "' appears twice; every item of an order question must differ");
                        }
                    }
                    answer = IntStream.range(0, choices.size()).boxed().toList();
                }
                case POLICY_DECISION -> {
                    choices = DECISION_CHOICES;
                    scenario = f.required("scenario")
                            .flatMap(n -> Fields.of(file, n, "'scenario'", problems).map(sf -> sf.rest(positions)))
                            .orElse(Map.of());
                    positions.replaceAll((k, v) -> v);
                    answer = f.string("expect", false).flatMap(e -> {
                        int i = DECISIONS.indexOf(e);
                        if (i < 0) {
                            problems.add(f.whereOf("expect"), "'expect' must be one of " + String.join(", ", DECISIONS)
                                    + ", found '" + e + "'");
                            return Optional.empty();
                        }
                        positions.put("/expect", f.whereOf("expect"));
                        return Optional.of(List.of(i));
                    }).orElse(List.of());
                }
            }
        }
        f.finish("a question");
        if (problems.size() > before || id.isEmpty() || kind.isEmpty() || prompt.isEmpty() || explain.isEmpty()) {
            return Optional.empty();
        }
        Map<String, SourceRef> scenarioPositions = new java.util.HashMap<>();
        positions.forEach((k, v) -> scenarioPositions.put(k.startsWith("/expect") || k.startsWith("/playbook") ? k : "/scenario" + k, v));
        if (kind.get() == QuestionKind.POLICY_DECISION) {
            scenarioPositions.put("/scenario", f.whereOfKey("scenario"));
        }
        return Optional.of(new Question(id.get(), kind.get(), prompt.get(), choices, answer, explain.get(), bps,
                scenario, new Positions(f.where(), scenarioPositions)));
    }

    private static Optional<QuestionKind> kindOf(String k, SourceRef where, Problems problems) {
        try {
            return Optional.of(QuestionKind.valueOf(k.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            problems.add(where, "unknown question kind '" + k + "' (expected single, multi, true_false, order or policy_decision)");
            return Optional.empty();
        }
    }

    private static List<String> choices(Fields f, Problems problems) {
        List<String> choices = f.stringList("choices", true);
        if (f.has("choices") && choices.size() < 2) {
            problems.add(f.whereOf("choices"), "a question needs at least two choices");
        }
        return choices;
    }

    private static List<Integer> multiAnswer(Fields f, int choiceCount, Problems problems) {
        Optional<Node> n = f.required("answer");
        if (n.isEmpty()) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (Node item : f.sequence(n.get(), "'answer' of a multi question")) {
            f.integerOf(item, "each answer", 0, Math.max(0, choiceCount - 1)).ifPresent(i -> {
                if (out.contains(i)) {
                    problems.add(Nodes.at(f.file(), item), "answer " + i + " is listed twice");
                } else {
                    out.add(i);
                }
            });
        }
        if (out.isEmpty()) {
            problems.add(f.whereOf("answer"), "a multi question needs at least one correct choice");
        }
        return out.stream().sorted().toList();
    }
}
