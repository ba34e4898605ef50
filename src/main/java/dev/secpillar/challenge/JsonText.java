package dev.secpillar.challenge;

import dev.secpillar.i18n.Text;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;

/**
 * JSON for answers: plain data written the way people write policies (two-space indent, short
 * lists on one line), and JSON text read with the line and column of any syntax error.
 */
final class JsonText {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final int INLINE_WIDTH = 64;

    private JsonText() {}

    static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, 0);
        return sb.append('\n').toString();
    }

    static JsonNode tree(Object plain) {
        return MAPPER.valueToTree(plain);
    }

    /** Parses JSON text; a syntax error becomes an unreadable answer at its line and column. */
    static JsonNode read(String text) throws UnreadableAnswer {
        if (text.length() > AnswerTree.MAX_CHARS) {
            throw new UnreadableAnswer(1, 1, Text.of("challenge.answer.too_big", text.length() / 1024, AnswerTree.MAX_CHARS / 1024));
        }
        if (text.isBlank()) {
            throw new UnreadableAnswer(1, 1, Text.of("challenge.answer.empty"));
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
            int col = at == null || at.getColumnNr() < 1 ? 1 : at.getColumnNr();
            throw new UnreadableAnswer(line, col, Text.of("challenge.answer.json_syntax",
                    dev.secpillar.policy.JacksonWords.of(clean(e.getOriginalMessage()), whole(e.getOriginalMessage()))));
        }
    }

    /** Jackson's first sentence without its hints about Java and source references. */
    private static String whole(String message) {
        String m = message == null ? "" : message;
        int cut = m.indexOf("\n");
        if (cut >= 0) {
            m = m.substring(0, cut);
        }
        return m.replaceAll(" \\((for (Object|Array) starting at|start marker at) \\[.*", "")
                // databind's "(bound as `com.fasterxml…JsonNode`): not allowed as per `DeserializationFeature…`" names Java classes
                .replaceAll("(Trailing token \\(of type \\w+\\) found after value) \\(bound as .*", "$1");
    }

    /** The same, shorter: what Jackson was expecting left out. */
    private static String clean(String message) {
        String m = whole(message)
                .replaceAll(": was expecting .*", "")
                .replace("Unexpected character", "unexpected character")
                .replace("Unexpected end-of-input", "unexpected end of the text")
                .replace("Unrecognized token", "unrecognized word");
        return AnswerTree.oneLine(m);
    }

    private static void write(StringBuilder sb, Object v, int indent) {
        if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                pad(sb, indent + 1).append(quote(String.valueOf(e.getKey()))).append(": ");
                write(sb, e.getValue(), indent + 1);
                sb.append(++i < m.size() ? ",\n" : "\n");
            }
            pad(sb, indent).append('}');
        } else if (v instanceof List<?> l) {
            String inline = inline(l);
            if (inline != null) {
                sb.append(inline);
                return;
            }
            sb.append("[\n");
            for (int i = 0; i < l.size(); i++) {
                pad(sb, indent + 1);
                write(sb, l.get(i), indent + 1);
                sb.append(i + 1 < l.size() ? ",\n" : "\n");
            }
            pad(sb, indent).append(']');
        } else {
            sb.append(scalar(v));
        }
    }

    /** A short list of scalars on one line, or null. */
    private static String inline(List<?> l) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < l.size(); i++) {
            Object o = l.get(i);
            if (o instanceof Map || o instanceof List) {
                return null;
            }
            sb.append(i == 0 ? "" : ", ").append(scalar(o));
        }
        sb.append(']');
        return sb.length() <= INLINE_WIDTH ? sb.toString() : null;
    }

    private static String scalar(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        return quote(v.toString());
    }

    static String quote(String s) {
        try {
            return MAPPER.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StringBuilder pad(StringBuilder sb, int indent) {
        return sb.append("  ".repeat(indent));
    }
}
