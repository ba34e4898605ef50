package dev.secpillar.content;

import dev.secpillar.course.SourceRef;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reading composed YAML nodes: positions, safe tags, scalars, and conversion to plain Java. */
final class Nodes {
    /** Aliases can multiply a small file into a huge tree; this bounds the expanded size. */
    static final int MAX_NODES = 200_000;

    private Nodes() {}

    static SourceRef at(String file, Node node) {
        return node.getStartMark()
                .map(m -> new SourceRef(file, m.getLine() + 1, m.getColumn() + 1))
                .orElse(new SourceRef(file, 1, 1));
    }

    static String tagName(Node node) {
        String tag = node.getTag().getValue();
        return tag.startsWith("tag:yaml.org,2002:") ? tag.substring("tag:yaml.org,2002:".length()) : tag;
    }

    /** A tag outside the YAML core schema (for example !!java.io.File) is refused, never constructed. */
    static boolean hasSafeTag(Node node) {
        String tag = node.getTag().getValue();
        return tag.startsWith("tag:yaml.org,2002:") && YamlFile.CORE_TAGS.contains(tagName(node));
    }

    static String kind(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return switch (tagName(node)) {
            case "int" -> "a number";
            case "float" -> "a number";
            case "bool" -> "true/false";
            case "null" -> "empty";
            default -> "text";
        };
    }

    static String text(ScalarNode node) {
        return Normalizer.normalize(node.getValue(), Normalizer.Form.NFC);
    }

    /** Plain Java value of a node (maps keep their order), recording each node's position by path. */
    static Optional<Object> toJava(String file, Node node, String path, Map<String, SourceRef> positions,
                                   Problems problems) {
        int[] budget = {MAX_NODES};
        return Optional.ofNullable(convert(file, node, path, positions, problems, budget));
    }

    private static Object convert(String file, Node node, String path, Map<String, SourceRef> positions,
                                  Problems problems, int[] budget) {
        if (--budget[0] < 0) {
            if (budget[0] == -1) {
                problems.add(at(file, node), "document too large once aliases are expanded");
            }
            return null;
        }
        if (!hasSafeTag(node)) {
            problems.add(at(file, node), "tag " + node.getTag().getValue() + " is not allowed");
            return null;
        }
        if (positions != null && !path.isEmpty()) {
            positions.putIfAbsent(path, at(file, node));
        }
        if (node instanceof MappingNode map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (NodeTuple t : map.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode key) || !hasSafeTag(t.getKeyNode())) {
                    problems.add(at(file, t.getKeyNode()), "keys must be plain text");
                    continue;
                }
                String k = text(key);
                if (out.containsKey(k)) {
                    problems.add(at(file, key), "duplicate key '" + k + "'");
                    continue;
                }
                out.put(k, convert(file, t.getValueNode(), path + "/" + k, positions, problems, budget));
            }
            return out;
        }
        if (node instanceof SequenceNode seq) {
            List<Object> out = new ArrayList<>();
            int i = 0;
            for (Node item : seq.getValue()) {
                out.add(convert(file, item, path + "/" + i++, positions, problems, budget));
            }
            return out;
        }
        ScalarNode scalar = (ScalarNode) node;
        String v = scalar.getValue();
        return switch (tagName(node)) {
            case "null" -> null;
            case "bool" -> Boolean.parseBoolean(v.toLowerCase());
            case "int" -> parseInt(v);
            case "float" -> parseFloat(v);
            default -> text(scalar);
        };
    }

    private static Object parseInt(String v) {
        String s = v.replace("_", "");
        try {
            BigInteger b;
            if (s.startsWith("0x")) {
                b = new BigInteger(s.substring(2), 16);
            } else if (s.startsWith("0o")) {
                b = new BigInteger(s.substring(2), 8);
            } else {
                b = new BigInteger(s);
            }
            return b.bitLength() < 64 ? (Object) b.longValue() : b;
        } catch (NumberFormatException e) {
            return v;
        }
    }

    private static Object parseFloat(String v) {
        String s = v.toLowerCase();
        if (s.endsWith(".inf")) {
            return s.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (s.equals(".nan")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return v;
        }
    }
}
