package dev.secpillar.content;

import dev.secpillar.course.SourceRef;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    /**
     * Lessons nest a few levels (a policy inside a challenge, say, ten or so); SnakeYAML Engine
     * composes nodes recursively and has no depth setting, so a 10,000-deep document would end in
     * a StackOverflowError. The events are read first (the parser keeps its own stack, no
     * recursion) and a deeper document is refused where it crosses the bound.
     */
    static final int MAX_DEPTH = 64;

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
            Optional<SourceRef> tooDeep = tooDeep(settings, text, name);
            if (tooDeep.isPresent()) {
                problems.add(tooDeep.get(), "nested more than " + MAX_DEPTH + " levels deep; content files nest a few");
                return Optional.empty();
            }
            Optional<Node> node = new Compose(settings).composeString(text);
            if (node.isEmpty()) {
                problems.add(new SourceRef(name, 1, 1), "file is empty");
                return node;
            }
            List<SourceRef> controls = new ArrayList<>();
            controlCharacters(node.get(), name, controls);
            if (!controls.isEmpty()) {
                for (SourceRef at : controls) {
                    problems.add(at, "holds a control character (an escape such as \\e or \\x1b, or a raw one); "
                            + "content is text, and a terminal would obey it");
                }
                return Optional.empty();
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

    /**
     * Scalars holding a control character however it was written (raw, or a YAML escape such as
     * "\e[2J", "\x1b" or "\u009b"): C0 other than tab and line feed, DEL, C1 and the
     * bidirectional overrides. The screen would sanitise them anyway; content should never need them.
     */
    private static void controlCharacters(Node node, String name, List<SourceRef> found) {
        if (node instanceof org.snakeyaml.engine.v2.nodes.ScalarNode s) {
            if (s.getValue().codePoints().anyMatch(YamlFile::isControl)) {
                found.add(s.getStartMark().map(m -> new SourceRef(name, m.getLine() + 1, m.getColumn() + 1))
                        .orElse(new SourceRef(name, 1, 1)));
            }
        } else if (node instanceof org.snakeyaml.engine.v2.nodes.SequenceNode seq) {
            seq.getValue().forEach(n -> controlCharacters(n, name, found));
        } else if (node instanceof org.snakeyaml.engine.v2.nodes.MappingNode map) {
            for (org.snakeyaml.engine.v2.nodes.NodeTuple t : map.getValue()) {
                controlCharacters(t.getKeyNode(), name, found);
                controlCharacters(t.getValueNode(), name, found);
            }
        }
    }

    static boolean isControl(int cp) {
        return cp < 0x20 && cp != '\n' && cp != '\t' || cp >= 0x7F && cp < 0xA0
                || cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069;
    }

    /** Where the document first nests deeper than {@link #MAX_DEPTH}, if it does. */
    private static Optional<SourceRef> tooDeep(LoadSettings settings, String text, String name) {
        int depth = 0;
        for (org.snakeyaml.engine.v2.events.Event event : new org.snakeyaml.engine.v2.api.lowlevel.Parse(settings)
                .parseString(text)) {
            switch (event.getEventId()) {
                case MappingStart, SequenceStart -> {
                    if (++depth > MAX_DEPTH) {
                        return Optional.of(event.getStartMark()
                                .map(m -> new SourceRef(name, m.getLine() + 1, m.getColumn() + 1))
                                .orElse(new SourceRef(name, 1, 1)));
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                default -> { }
            }
        }
        return Optional.empty();
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
