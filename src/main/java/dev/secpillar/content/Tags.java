package dev.secpillar.content;

import dev.secpillar.course.SourceRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Positions of each best-practice id an item is tagged with, for the pillar-map check. */
final class Tags {
    private Tags() {}

    static Map<String, SourceRef> positions(Fields f, String key) {
        Map<String, SourceRef> out = new HashMap<>();
        f.node(key).ifPresent(n -> {
            List<Node> items = n instanceof org.snakeyaml.engine.v2.nodes.SequenceNode s ? s.getValue() : List.of();
            for (Node item : items) {
                if (item instanceof ScalarNode sc) {
                    out.putIfAbsent(Nodes.text(sc), Nodes.at(f.file(), item));
                }
            }
        });
        return out;
    }
}
