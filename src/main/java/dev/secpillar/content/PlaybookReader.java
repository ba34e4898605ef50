package dev.secpillar.content;

import dev.secpillar.course.Playbook;
import dev.secpillar.course.Positions;
import dev.secpillar.course.SourceRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads lessons/playbooks.yaml: each incident-response playbook's steps in the course's one
 * order. A lesson shows a playbook with a {@code - playbook: ID} step, an order question asks
 * for it with {@code playbook: ID} instead of {@code items}, and the playbook names the ordering
 * challenge whose solution must follow it (see {@link PlaybookCheck}).
 */
final class PlaybookReader {
    static final String FILE = "playbooks.yaml";
    /** Where a page heading puts the playbook's title (kept by every translation of the heading). */
    static final String TITLE = "{title}";

    private PlaybookReader() {}

    /** The playbooks by id, in file order; problems for anything malformed. */
    static Map<String, Playbook> read(String file, Node root, Problems problems) {
        Map<String, Playbook> out = new LinkedHashMap<>();
        Optional<Fields> maybe = Fields.of(file, root, FILE, problems);
        if (maybe.isEmpty()) {
            return out;
        }
        Fields top = maybe.get();
        String heading = top.string("page_heading", true).orElse(TITLE);
        if (!heading.contains(TITLE)) {
            problems.add(top.whereOf("page_heading"), "'page_heading' must say where the playbook's title goes with "
                    + TITLE);
        }
        for (Node n : top.list("playbooks", true)) {
            readOne(file, n, heading, problems).ifPresent(p -> {
                Playbook first = out.putIfAbsent(p.id(), p);
                if (first != null) {
                    problems.add(p.positions().item(), "duplicate playbook id '" + p.id() + "' (first used at "
                            + first.positions().item() + ")");
                }
            });
        }
        top.finish(FILE);
        return out;
    }

    private static Optional<Playbook> readOne(String file, Node node, String heading, Problems problems) {
        Optional<Fields> maybe = Fields.of(file, node, "a playbook", problems);
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Fields f = maybe.get();
        int before = problems.size();
        Optional<String> id = f.id();
        Optional<String> title = f.string("title", true);
        Map<String, SourceRef> positions = new java.util.HashMap<>();
        String lesson = f.string("lesson", true).orElse("");
        positions.put("/lesson", f.whereOf("lesson"));
        String question = f.string("question", true).orElse("");
        positions.put("/question", f.whereOf("question"));
        String challenge = f.string("challenge", true).orElse("");
        positions.put("/challenge", f.whereOf("challenge"));
        List<Node> stepNodes = f.list("steps", true);
        positions.put("/steps", f.whereOf("steps"));
        if (f.has("steps") && (stepNodes.size() < 3 || stepNodes.size() > 7)) {
            problems.add(f.whereOf("steps"), "a playbook needs 3 to 7 steps (its quiz question shows them all), found "
                    + stepNodes.size());
        }
        List<Playbook.PlaybookStep> steps = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < stepNodes.size(); i++) {
            Optional<Fields> sf = Fields.of(file, stepNodes.get(i), "a playbook step", problems);
            if (sf.isEmpty()) {
                continue;
            }
            Fields s = sf.get();
            Optional<String> sid = s.string("id", true);
            Optional<String> text = s.string("text", true);
            s.finish("a playbook step");
            positions.put("/steps/" + i, s.where());
            sid.ifPresent(v -> {
                Ids.check(v, s.whereOf("id"), problems);
                if (!ids.add(v)) {
                    problems.add(s.whereOf("id"), "step id '" + v + "' appears twice in this playbook");
                }
            });
            text.ifPresent(v -> {
                if (!texts.add(v)) {
                    problems.add(s.whereOf("text"), "step text '" + v + "' appears twice in this playbook");
                }
            });
            if (sid.isPresent() && text.isPresent()) {
                steps.add(new Playbook.PlaybookStep(sid.get(), text.get()));
            }
        }
        f.finish("a playbook");
        if (problems.size() > before || id.isEmpty() || title.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Playbook(id.get(), title.get(), steps, lesson, question, challenge, heading,
                new Positions(f.where(), positions)));
    }

    /**
     * The page a lesson's {@code - playbook: ID} step shows: the heading, then the steps, numbered,
     * in the one order. A translated playbook gives the translated page (see {@link Localizer}).
     */
    static String page(Playbook p) {
        StringBuilder b = new StringBuilder();
        b.append(p.heading().replace(TITLE, p.title()).strip()).append("\n\n");
        for (int i = 0; i < p.steps().size(); i++) {
            b.append("- **").append(i + 1).append(".** ").append(p.steps().get(i).text()).append('\n');
        }
        return b.toString();
    }
}
