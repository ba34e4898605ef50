package dev.secpillar.content;

import dev.secpillar.course.SourceRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Typed, located access to the keys of one YAML mapping. Every read names the key it expects,
 * so {@link #finish()} can report the keys nobody asked for: a typo never passes silently.
 */
final class Fields {
    private final String file;
    private final Node node;
    private final Problems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Set<String> read = new TreeSet<>();

    private Fields(String file, Node node, Problems problems) {
        this.file = file;
        this.node = node;
        this.problems = problems;
    }

    /** Fields of a mapping node; a problem (and no fields) when the node is something else. */
    static Optional<Fields> of(String file, Node node, String what, Problems problems) {
        if (!Nodes.hasSafeTag(node)) {
            problems.add(Nodes.at(file, node), "tag " + node.getTag().getValue() + " is not allowed");
            return Optional.empty();
        }
        if (!(node instanceof MappingNode map)) {
            problems.add(Nodes.at(file, node), what + " must be a mapping of keys to values, found " + Nodes.kind(node));
            return Optional.empty();
        }
        Fields f = new Fields(file, node, problems);
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key) || !Nodes.hasSafeTag(t.getKeyNode())) {
                problems.add(Nodes.at(file, t.getKeyNode()), "keys must be plain text");
                continue;
            }
            String k = Nodes.text(key);
            if (f.entries.containsKey(k)) {
                problems.add(Nodes.at(file, key), "duplicate key '" + k + "'");
                continue;
            }
            f.entries.put(k, t);
        }
        return Optional.of(f);
    }

    String file() {
        return file;
    }

    SourceRef where() {
        return Nodes.at(file, node);
    }

    Problems problems() {
        return problems;
    }

    boolean has(String key) {
        read.add(key);
        return entries.containsKey(key);
    }

    Optional<Node> node(String key) {
        read.add(key);
        NodeTuple t = entries.get(key);
        return t == null ? Optional.empty() : Optional.of(t.getValueNode());
    }

    SourceRef whereOf(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? where() : Nodes.at(file, t.getValueNode());
    }

    SourceRef whereOfKey(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? where() : Nodes.at(file, t.getKeyNode());
    }

    Optional<Node> required(String key) {
        Optional<Node> n = node(key);
        if (n.isEmpty()) {
            problems.add(where(), "missing required key '" + key + "'");
        }
        return n;
    }

    Optional<String> string(String key, boolean required) {
        Optional<Node> n = required ? required(key) : node(key);
        return n.flatMap(v -> scalarText(v, "'" + key + "'"));
    }

    /** The required {@code id}, checked to be a simple id (a problem when not, and still returned). */
    Optional<String> id() {
        Optional<String> id = string("id", true);
        id.ifPresent(v -> Ids.check(v, whereOf("id"), problems));
        return id;
    }

    Optional<String> scalarText(Node v, String what) {
        if (!Nodes.hasSafeTag(v)) {
            problems.add(Nodes.at(file, v), "tag " + v.getTag().getValue() + " is not allowed");
            return Optional.empty();
        }
        if (v instanceof ScalarNode s && !"null".equals(Nodes.tagName(v))) {
            String text = Nodes.text(s);
            if (text.isBlank()) {
                problems.add(Nodes.at(file, v), what + " must not be empty");
                return Optional.empty();
            }
            return Optional.of(text);
        }
        problems.add(Nodes.at(file, v), what + " must be text, found " + Nodes.kind(v));
        return Optional.empty();
    }

    Optional<Integer> integer(String key, boolean required, int min, int max) {
        Optional<Node> n = required ? required(key) : node(key);
        return n.flatMap(v -> integerOf(v, "'" + key + "'", min, max));
    }

    Optional<Integer> integerOf(Node v, String what, int min, int max) {
        if (v instanceof ScalarNode s && "int".equals(Nodes.tagName(v))) {
            try {
                int i = Integer.parseInt(s.getValue().replace("_", ""));
                if (i < min || i > max) {
                    problems.add(Nodes.at(file, v), what + " must be between " + min + " and " + max + ", found " + i);
                    return Optional.empty();
                }
                return Optional.of(i);
            } catch (NumberFormatException e) {
                // falls through to the type message
            }
        }
        problems.add(Nodes.at(file, v), what + " must be a whole number, found " + Nodes.kind(v));
        return Optional.empty();
    }

    Optional<Boolean> bool(String key, boolean required) {
        Optional<Node> n = required ? required(key) : node(key);
        return n.flatMap(v -> {
            if (v instanceof ScalarNode s && "bool".equals(Nodes.tagName(v))) {
                return Optional.of(Boolean.parseBoolean(s.getValue().toLowerCase()));
            }
            problems.add(Nodes.at(file, v), "'" + key + "' must be true or false, found " + Nodes.kind(v));
            return Optional.empty();
        });
    }

    /** A list of text items; a single text value is accepted as a list of one only when allowed. */
    List<String> stringList(String key, boolean required) {
        Optional<Node> n = required ? required(key) : node(key);
        if (n.isEmpty()) {
            return List.of();
        }
        return sequence(n.get(), "'" + key + "'").stream()
                .map(item -> scalarText(item, "each item of '" + key + "'"))
                .flatMap(Optional::stream)
                .toList();
    }

    List<Node> sequence(Node v, String what) {
        if (v instanceof SequenceNode seq && Nodes.hasSafeTag(v)) {
            return seq.getValue();
        }
        problems.add(Nodes.at(file, v), what + " must be a list, found " + Nodes.kind(v));
        return List.of();
    }

    List<Node> list(String key, boolean required) {
        Optional<Node> n = required ? required(key) : node(key);
        return n.map(v -> sequence(v, "'" + key + "'")).orElse(List.of());
    }

    /** Everything not read so far, as plain Java with positions (kind-specific parts of a challenge). */
    Map<String, Object> rest(Map<String, SourceRef> positions) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (var e : entries.entrySet()) {
            if (!read.contains(e.getKey())) {
                read.add(e.getKey());
                positions.put("/" + e.getKey(), Nodes.at(file, e.getValue().getKeyNode()));
                Nodes.toJava(file, e.getValue().getValueNode(), "/" + e.getKey(), positions, problems)
                        .ifPresent(v -> out.put(e.getKey(), v));
            }
        }
        return out;
    }

    /** Reports every key that no reader asked for. */
    void finish(String what) {
        List<String> known = new ArrayList<>(read);
        for (var e : entries.entrySet()) {
            if (!read.contains(e.getKey())) {
                problems.add(Nodes.at(file, e.getValue().getKeyNode()),
                        "unknown key '" + e.getKey() + "' in " + what + " (expected one of: " + String.join(", ", known) + ")");
            }
        }
    }

    static Map<String, SourceRef> newPositions() {
        return new HashMap<>();
    }
}
