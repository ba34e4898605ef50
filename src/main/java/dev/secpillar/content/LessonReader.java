package dev.secpillar.content;

import dev.secpillar.course.Lesson;
import dev.secpillar.course.Playbook;
import dev.secpillar.course.LessonSource;
import dev.secpillar.course.SourceRef;
import dev.secpillar.course.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/** Turns one lesson file's node tree into a {@link Lesson}, reporting every problem on the way. */
final class LessonReader {
    static final int MAX_STEPS = 10;
    static final int MAX_MINUTES = 10;

    /** A challenge step waits for the whole module to load before its reference can be checked. */
    record ChallengeRef(String challengeId, SourceRef where) {}

    record Read(Lesson lesson, SourceRef where, List<ChallengeRef> challengeRefs, Map<String, SourceRef> tagPositions) {}

    private LessonReader() {}

    static Optional<Read> read(String file, Node root, String moduleId, Problems problems) {
        return read(file, root, moduleId, Map.of(), problems);
    }

    static Optional<Read> read(String file, Node root, String moduleId, Map<String, Playbook> playbooks,
                               Problems problems) {
        Optional<Fields> maybe = Fields.of(file, root, "a lesson", problems);
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Fields f = maybe.get();
        Optional<String> id = f.id();
        Optional<String> title = f.string("title", true);
        List<String> bps = f.stringList("best_practices", true);
        if (f.has("best_practices") && bps.isEmpty()) {
            problems.add(f.whereOf("best_practices"), "a lesson must name at least one best practice it teaches");
        }
        Map<String, SourceRef> tagPositions = Tags.positions(f, "best_practices");
        int minutes = f.integer("minutes", true, 1, MAX_MINUTES).orElse(1);
        List<Node> stepNodes = f.list("steps", true);
        List<Step> steps = new ArrayList<>();
        List<ChallengeRef> refs = new ArrayList<>();
        for (Node s : stepNodes) {
            readStep(file, s, playbooks, problems, refs).ifPresent(steps::add);
        }
        if (f.has("steps")) {
            SourceRef at = f.whereOf("steps");
            if (stepNodes.isEmpty()) {
                problems.add(at, "a lesson needs at least one step");
            } else if (stepNodes.size() > MAX_STEPS) {
                problems.add(at, "a lesson may have at most " + MAX_STEPS + " steps, found " + stepNodes.size()
                        + "; split it into two lessons");
            }
            if (!stepNodes.isEmpty() && stepNodes.size() == steps.size()
                    && steps.stream().noneMatch(st -> st instanceof Step.Check)) {
                problems.add(at, "a lesson needs at least one 'check' step");
            }
        }
        List<LessonSource> sources = readSources(f, problems);
        f.finish("a lesson");
        if (id.isEmpty() || title.isEmpty() || steps.size() != stepNodes.size() || stepNodes.isEmpty()) {
            return Optional.empty();
        }
        Lesson lesson = new Lesson(id.get(), moduleId, title.get(), bps, minutes, steps, sources, f.where());
        return Optional.of(new Read(lesson, f.where(), refs, tagPositions));
    }

    /**
     * A source is a page outside the course ({@code title} and an https {@code url}) or another
     * lesson or challenge of it ({@code see: ID}, checked once the course is loaded). Whether a
     * lesson has any is a course check, so small test courses need not carry them.
     */
    private static List<LessonSource> readSources(Fields f, Problems problems) {
        List<LessonSource> out = new ArrayList<>();
        for (Node n : f.list("sources", false)) {
            Optional<Fields> maybe = Fields.of(f.file(), n, "a source", problems);
            if (maybe.isEmpty()) {
                continue;
            }
            Fields s = maybe.get();
            if (s.has("see")) {
                s.string("see", true).ifPresent(id -> out.add(LessonSource.see(id, s.whereOf("see"))));
                if (s.has("title") || s.has("url")) {
                    problems.add(s.where(), "a source is either 'see: ID' (a lesson or challenge of the course) "
                            + "or 'title' and 'url' (a page), not both");
                }
            } else {
                Optional<String> title = s.string("title", true);
                Optional<String> url = s.string("url", true);
                url.filter(u -> !u.startsWith("https://"))
                        .ifPresent(u -> problems.add(s.whereOf("url"), "a source's 'url' must start with https://, found '" + u + "'"));
                if (title.isPresent() && url.isPresent() && url.get().startsWith("https://")) {
                    out.add(LessonSource.page(title.get(), url.get(), s.where()));
                }
            }
            s.finish("a source");
        }
        return out;
    }

    private static Optional<Step> readStep(String file, Node node, Map<String, Playbook> playbooks, Problems problems,
                                           List<ChallengeRef> refs) {
        Optional<Fields> maybe = Fields.of(file, node, "a step", problems);
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Fields f = maybe.get();
        int kinds = (f.has("page") ? 1 : 0) + (f.has("check") ? 1 : 0) + (f.has("challenge") ? 1 : 0)
                + (f.has("playbook") ? 1 : 0);
        if (kinds != 1) {
            problems.add(f.where(), "a step needs exactly one of 'page', 'check', 'challenge' or 'playbook'");
            f.finish("a step");
            return Optional.empty();
        }
        Optional<Step> step;
        if (f.has("page")) {
            step = f.string("page", true).map(Step.Page::new);
        } else if (f.has("playbook")) {
            // The page is written from lessons/playbooks.yaml, the one place a playbook's order lives.
            step = f.string("playbook", true).flatMap(id -> {
                Playbook p = playbooks.get(id);
                if (p == null) {
                    problems.add(f.whereOf("playbook"), "no playbook '" + id + "' in lessons/" + PlaybookReader.FILE
                            + (playbooks.isEmpty() ? "" : " (known: " + String.join(", ", playbooks.keySet()) + ")"));
                    return Optional.empty();
                }
                return Optional.of(new Step.Page(PlaybookReader.page(p)));
            });
        } else if (f.has("challenge")) {
            step = f.string("challenge", true).map(id -> {
                refs.add(new ChallengeRef(id, f.whereOf("challenge")));
                return new Step.ChallengeStep(id);
            });
        } else {
            step = f.node("check").flatMap(n -> readCheck(file, n, problems));
        }
        f.finish("a step");
        return step;
    }

    private static Optional<Step> readCheck(String file, Node node, Problems problems) {
        Optional<Fields> maybe = Fields.of(file, node, "a check", problems);
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Fields f = maybe.get();
        Optional<String> prompt = f.string("prompt", true);
        List<String> choices = f.stringList("choices", true);
        if (f.has("choices") && choices.size() < 2) {
            problems.add(f.whereOf("choices"), "a check needs at least two choices");
        }
        Optional<Integer> answer = f.integer("answer", true, 0, Math.max(0, choices.size() - 1));
        Optional<String> explain = f.string("explain", true);
        f.finish("a check");
        if (prompt.isEmpty() || choices.size() < 2 || answer.isEmpty() || explain.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Step.Check(prompt.get(), choices, answer.get(), explain.get()));
    }
}
