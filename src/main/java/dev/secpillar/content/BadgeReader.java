package dev.secpillar.content;

import dev.secpillar.course.BadgeDefinition;
import dev.secpillar.course.Positions;
import dev.secpillar.course.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads the badges of course.yaml; their criteria are checked by the badge package. */
final class BadgeReader {
    static final int EMBLEM_ROWS = 5;
    static final int EMBLEM_COLUMNS = 11;

    private BadgeReader() {}

    static List<BadgeDefinition> read(Fields course, Problems problems) {
        List<BadgeDefinition> out = new ArrayList<>();
        for (Node n : course.list("badges", false)) {
            Fields.of(course.file(), n, "a badge", problems).flatMap(f -> one(f, problems)).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<BadgeDefinition> one(Fields f, Problems problems) {
        int before = problems.size();
        Optional<String> id = f.id();
        Optional<String> name = f.string("name", true);
        Optional<String> description = f.string("description", true);
        List<String> emblem = f.string("emblem", false).map(s -> List.of(s.stripTrailing().split("\n"))).orElse(List.of());
        if (emblem.size() > EMBLEM_ROWS || emblem.stream().anyMatch(r -> r.codePointCount(0, r.length()) > EMBLEM_COLUMNS)) {
            problems.add(f.whereOf("emblem"), "an emblem may be at most " + EMBLEM_ROWS + " rows of " + EMBLEM_COLUMNS + " cells");
        }
        Map<String, SourceRef> positions = Fields.newPositions();
        Map<String, Object> criteria = f.required("criteria")
                .flatMap(n -> Nodes.toJava(f.file(), n, "/criteria", positions, problems))
                .filter(Map.class::isInstance)
                .map(m -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> c = (Map<String, Object>) m;
                    return c;
                })
                .orElse(Map.of());
        if (f.has("criteria") && criteria.isEmpty()) {
            problems.add(f.whereOf("criteria"), "'criteria' must be a mapping (for example {lessons_of_module: iam})");
        }
        f.finish("a badge");
        if (problems.size() > before || id.isEmpty() || name.isEmpty() || description.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BadgeDefinition(id.get(), name.get(), description.get(), emblem, criteria,
                new Positions(f.where(), positions)));
    }
}
