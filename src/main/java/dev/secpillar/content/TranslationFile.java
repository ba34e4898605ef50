package dev.secpillar.content;

import dev.secpillar.course.SourceRef;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A translation file ("01-why.vi.yaml") as read: for each English text path, the translated text
 * (empty while untranslated), the fingerprint of the English it was made from, and the English
 * itself kept for the translator ({@code en}, {@code en_was}, {@code note}: never loaded as content).
 */
record TranslationFile(String language, Map<String, Entry> items) {
    record Entry(String key, String text, String fingerprint, Optional<String> en, Optional<String> enWas,
                 Optional<String> note, SourceRef keyAt, SourceRef textAt) {
        boolean translated() {
            return !text.isBlank();
        }
    }

    static final String EN = "en";
    static final String EN_WAS = "en_was";
    static final String NOTE = "note";
    static final String FINGERPRINT = "fingerprint";

    /** Reads the file; problems name the line. Empty when the file cannot be used at all. */
    static Optional<TranslationFile> read(Path file, String name, Problems problems) {
        String language = Source.languageOf(file);
        return YamlFile.read(file, name, problems).flatMap(root -> parse(name, root, language, problems));
    }

    static Optional<TranslationFile> parse(String name, Node root, String language, Problems problems) {
        Optional<Fields> top = Fields.of(name, root, "a translation file", problems);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        Fields f = top.get();
        f.string(NOTE, false);
        Map<String, Entry> items = new LinkedHashMap<>();
        Optional<Node> itemsNode = f.node("items");
        f.finish("a translation file");
        if (itemsNode.isEmpty() || "null".equals(Nodes.tagName(itemsNode.get()))) {
            return Optional.of(new TranslationFile(language, items));
        }
        if (!(itemsNode.get() instanceof MappingNode map)) {
            problems.add(Nodes.at(name, itemsNode.get()), "'items' must be a mapping of English text paths to translations");
            return Optional.empty();
        }
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode keyNode) || !Nodes.hasSafeTag(keyNode)) {
                problems.add(Nodes.at(name, t.getKeyNode()), "keys must be plain text");
                continue;
            }
            String key = Nodes.text(keyNode);
            SourceRef keyAt = Nodes.at(name, keyNode);
            if (items.containsKey(key)) {
                problems.add(keyAt, "duplicate key '" + key + "'");
                continue;
            }
            entry(name, key, keyAt, t.getValueNode(), language, problems).ifPresent(e -> items.put(key, e));
        }
        return Optional.of(new TranslationFile(language, items));
    }

    private static Optional<Entry> entry(String name, String key, SourceRef keyAt, Node value, String language,
                                         Problems problems) {
        Optional<Fields> maybe = Fields.of(name, value, "a translation item ('" + key + "')", problems);
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Fields f = maybe.get();
        Optional<String> en = optionalText(f, EN, problems);
        Optional<String> enWas = optionalText(f, EN_WAS, problems);
        Optional<String> note = optionalText(f, NOTE, problems);
        Optional<String> fingerprint = f.string(FINGERPRINT, false);
        Optional<String> text = optionalText(f, language, problems);
        f.finish("a translation item (only the text is translated: ids, answers, policies and cases come from the English file)");
        if (fingerprint.isEmpty()) {
            problems.add(keyAt, "'" + key + "' has no 'fingerprint' of the English it was made from"
                    + " (secpillar translate stub writes it)");
            return Optional.empty();
        }
        return Optional.of(new Entry(key, text.orElse(""), fingerprint.get(), en, enWas, note, keyAt,
                f.has(language) ? f.whereOf(language) : keyAt));
    }

    /** A text that may be left empty (an item not yet translated). */
    private static Optional<String> optionalText(Fields f, String key, Problems problems) {
        Optional<Node> n = f.node(key);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        Node v = n.get();
        if (v instanceof ScalarNode s && Nodes.hasSafeTag(v)) {
            return "null".equals(Nodes.tagName(v)) ? Optional.of("") : Optional.of(Nodes.text(s));
        }
        problems.add(Nodes.at(f.file(), v), "'" + key + "' must be text, found " + Nodes.kind(v));
        return Optional.empty();
    }
}
