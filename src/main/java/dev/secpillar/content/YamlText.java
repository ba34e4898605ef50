package dev.secpillar.content;

import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Writes one text value as YAML a translator can edit: a literal block for text with line
 * breaks (so a page reads as a page), a double-quoted line otherwise. Every value is read back
 * before it is used, and falls back to a fully escaped line if the block would not give the
 * same text.
 */
final class YamlText {
    private YamlText() {}

    /** The value for "key: VALUE" at the given indent of the key. */
    static String value(String text, int indent) {
        if (text.contains("\n")) {
            String block = block(text, indent + 2);
            if (block != null && readsBack(block, text, indent)) {
                return block;
            }
        }
        return quoted(text);
    }

    /** An empty value: "" (an empty "|" block followed by a less indented key trips the YAML scanner). */
    static String empty() {
        return "\"\"";
    }

    static String quoted(String text) {
        StringBuilder b = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff
                            || (c >= 0xd800 && c <= 0xdfff)) {
                        b.append(String.format("\\u%04x", c));
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.append('"').toString();
    }

    private static String block(String text, int indent) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\t' && (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff)) {
                return null;
            }
        }
        int trailing = 0;
        while (trailing < text.length() && text.charAt(text.length() - 1 - trailing) == '\n') {
            trailing++;
        }
        String chomp = trailing == 0 ? "-" : trailing == 1 ? "" : "+";
        String body = text.substring(0, text.length() - trailing);
        // A first line that starts with a space needs the indentation stated.
        String header = "|" + (body.startsWith(" ") ? "2" : "") + chomp;
        String pad = " ".repeat(indent);
        StringBuilder b = new StringBuilder(header);
        for (String line : body.split("\n", -1)) {
            b.append('\n');
            if (!line.isEmpty()) {
                b.append(pad).append(line);
            }
        }
        for (int i = 1; i < trailing; i++) {
            b.append('\n');
        }
        return b.toString();
    }

    private static boolean readsBack(String block, String text, int indent) {
        String doc = " ".repeat(indent) + "k: " + block + "\n";
        Optional<org.snakeyaml.engine.v2.nodes.Node> n = YamlFile.compose(doc, "check", new Problems());
        return n.filter(MappingNode.class::isInstance)
                .map(m -> ((MappingNode) m).getValue().get(0).getValueNode())
                .filter(ScalarNode.class::isInstance)
                .map(v -> ((ScalarNode) v).getValue().equals(text))
                .orElse(false);
    }
}
