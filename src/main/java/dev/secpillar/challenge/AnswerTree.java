package dev.secpillar.challenge;

import dev.secpillar.i18n.Text;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import dev.secpillar.content.SafeYaml;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A learner's YAML (or JSON, which YAML 1.2 reads too) answer as a plain tree, with the line
 * and column of every value by path, read as safely as course content: core schema only, no
 * tags constructed, few aliases, bounded size.
 */
final class AnswerTree {
    static final int MAX_CHARS = 1024 * 1024;
    private static final int MAX_NODES = 50_000;
    private static final Set<String> CORE = Set.of("str", "int", "float", "bool", "null", "map", "seq");

    /** Immutable, so built once: an answer is re-read on every key press. */
    private static final LoadSettings SETTINGS = SafeYaml.settings("answer", MAX_CHARS + 1);

    private final Object root;
    private final Map<String, int[]> positions;

    private AnswerTree(Object root, Map<String, int[]> positions) {
        this.root = root;
        this.positions = positions;
    }

    Object root() {
        return root;
    }

    /** Line and column of the path, or of its nearest ancestor with one; {1, 1} at worst. */
    int[] at(String path) {
        String p = path;
        while (true) {
            int[] pos = positions.get(p);
            if (pos != null) {
                return pos;
            }
            if (p.isEmpty()) {
                return new int[] {1, 1};
            }
            int slash = p.lastIndexOf('/');
            p = slash <= 0 ? "" : p.substring(0, slash);
        }
    }

    static AnswerTree read(String text) throws UnreadableAnswer {
        if (text.length() > MAX_CHARS) {
            throw new UnreadableAnswer(1, 1, Text.of("challenge.answer.too_big", text.length() / 1024, MAX_CHARS / 1024));
        }
        Optional<Node> node;
        try {
            node = new Compose(SETTINGS).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            int line = mark.map(m -> m.getLine() + 1).orElse(1);
            int col = mark.map(m -> m.getColumn() + 1).orElse(1);
            String problem = e.getProblem() == null || e.getProblem().isBlank() ? e.getMessage() : e.getProblem();
            throw new UnreadableAnswer(line, col, Text.of("challenge.answer.yaml_syntax", YamlWords.of(oneLine(problem))));
        } catch (YamlEngineException e) {
            throw new UnreadableAnswer(1, 1, Text.of("challenge.answer.yaml_error", oneLine(e.getMessage())));
        }
        if (node.isEmpty()) {
            throw new UnreadableAnswer(1, 1, Text.of("challenge.answer.empty"));
        }
        Map<String, int[]> positions = new HashMap<>();
        int[] budget = {MAX_NODES};
        Object root = convert(node.get(), "", positions, budget);
        return new AnswerTree(root, positions);
    }

    private static Object convert(Node node, String path, Map<String, int[]> positions, int[] budget)
            throws UnreadableAnswer {
        int[] at = node.getStartMark().map(m -> new int[] {m.getLine() + 1, m.getColumn() + 1}).orElse(new int[] {1, 1});
        if (--budget[0] < 0) {
            throw new UnreadableAnswer(at[0], at[1], Text.of("challenge.answer.aliases"));
        }
        String tag = node.getTag().getValue();
        String name = tag.startsWith("tag:yaml.org,2002:") ? tag.substring("tag:yaml.org,2002:".length()) : tag;
        if (!tag.startsWith("tag:yaml.org,2002:") || !CORE.contains(name)) {
            throw new UnreadableAnswer(at[0], at[1], Text.of("challenge.answer.tag", tag));
        }
        positions.putIfAbsent(path, at);
        if (node instanceof MappingNode map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (NodeTuple t : map.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode key)) {
                    int[] k = t.getKeyNode().getStartMark().map(m -> new int[] {m.getLine() + 1, m.getColumn() + 1})
                            .orElse(at);
                    throw new UnreadableAnswer(k[0], k[1], Text.of("challenge.answer.keys"));
                }
                String k = key.getValue();
                key.getStartMark().ifPresent(m -> positions.putIfAbsent(path + "/" + k + "#key",
                        new int[] {m.getLine() + 1, m.getColumn() + 1}));
                out.put(k, convert(t.getValueNode(), path + "/" + k, positions, budget));
            }
            return out;
        }
        if (node instanceof SequenceNode seq) {
            List<Object> out = new ArrayList<>();
            int i = 0;
            for (Node item : seq.getValue()) {
                out.add(convert(item, path + "/" + i++, positions, budget));
            }
            return out;
        }
        String v = ((ScalarNode) node).getValue();
        return switch (name) {
            case "null" -> null;
            case "bool" -> Boolean.parseBoolean(v.toLowerCase());
            case "int" -> integer(v);
            case "float" -> decimal(v);
            default -> v;
        };
    }

    private static Object integer(String v) {
        try {
            BigInteger b = new BigInteger(v.replace("_", "").replaceFirst("^\\+", ""));
            return b.bitLength() < 64 ? (Object) b.longValue() : v;
        } catch (NumberFormatException e) {
            return v;
        }
    }

    private static Object decimal(String v) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return v;
        }
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }
}
