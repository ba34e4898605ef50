package dev.secpillar.content;

import dev.secpillar.course.SourceRef;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads one content file into a YAML node tree with positions, safely: bounded size, strict
 * UTF-8, YAML 1.2 core schema, few aliases, and nothing constructed from tags (we only compose
 * nodes; {@link Nodes} then rejects any tag outside the core schema).
 */
final class YamlFile {
    /** Real lessons are a few KiB; anything this large is a mistake or an attack. */
    static final long MAX_BYTES = 1024 * 1024;
    static final int MAX_ALIASES = SafeYaml.MAX_ALIASES;

    private YamlFile() {}

    static Optional<Node> read(Path file, String name, Problems problems) {
        SourceRef top = new SourceRef(name, 0, 0);
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.add(new SourceRef(name, 1, 1), "file is " + size / 1024 + " KiB; content files may be at most "
                        + MAX_BYTES / 1024 + " KiB");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(top, "cannot read: " + e.getMessage());
            return Optional.empty();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new SourceRef(name, 1, 1), "not valid UTF-8 text");
            return Optional.empty();
        }
        return compose(text, name, problems);
    }

    static Optional<Node> compose(String text, String name, Problems problems) {
        LoadSettings settings = SafeYaml.settings(name, (int) MAX_BYTES);
        try {
            Optional<Node> node = new Compose(settings).composeString(text);
            if (node.isEmpty()) {
                problems.add(new SourceRef(name, 1, 1), "file is empty");
            }
            return node;
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            SourceRef at = mark.map(m -> new SourceRef(name, m.getLine() + 1, m.getColumn() + 1))
                    .orElse(new SourceRef(name, 1, 1));
            problems.add(at, "YAML syntax error: " + describe(e));
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.add(new SourceRef(name, 1, 1), "YAML error: " + oneLine(e.getMessage()));
            return Optional.empty();
        }
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        String text = context.isBlank() ? problem : problem.isBlank() ? context : problem + " (" + context + ")";
        return oneLine(text.isBlank() ? e.getMessage() : text);
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }

    static final Set<String> CORE_TAGS = Set.of("str", "int", "float", "bool", "null", "map", "seq");
}
