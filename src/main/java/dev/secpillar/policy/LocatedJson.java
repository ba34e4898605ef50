package dev.secpillar.policy;

import dev.secpillar.i18n.Text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A Jackson tree that remembers where each value and field name stood in the text, so every
 * error can name FILE:LINE:COL. Positions are kept per container (objects and arrays are
 * always fresh nodes, unlike cached scalars), keyed by field name or index.
 */
final class LocatedJson {
    /** No policy nests deeper than six levels; a bound this low also keeps the recursive reader safe. */
    static final int MAX_DEPTH = 64;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    private final Map<JsonNode, Map<Object, Position>> valuePositions = new IdentityHashMap<>();
    private final Map<JsonNode, Map<String, Position>> namePositions = new IdentityHashMap<>();
    private Position rootPosition = Position.UNKNOWN;
    private JsonNode root;
    final String sourceName;

    private LocatedJson(String sourceName) {
        this.sourceName = sourceName;
    }

    /** A tree with no positions (every lookup answers {@link Position#UNKNOWN}). */
    static LocatedJson unlocated(JsonNode root, String sourceName) {
        LocatedJson json = new LocatedJson(sourceName);
        json.root = root;
        return json;
    }

    static LocatedJson read(String text, String sourceName) throws PolicyParseException {
        LocatedJson json = new LocatedJson(sourceName);
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new PolicyParseException(Text.of("policy.parse.empty"), sourceName, new Position(1, 1));
            }
            json.rootPosition = position(parser.currentTokenLocation());
            try {
                json.root = json.readValue(parser, first);
            } catch (StreamConstraintsException e) {
                throw new PolicyParseException(Text.of("policy.parse.too_deep", MAX_DEPTH), sourceName,
                        position(parser.currentTokenLocation()));
            }
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                throw new PolicyParseException(Text.of("policy.parse.trailing"), sourceName,
                        position(parser.currentTokenLocation()));
            }
            json.indexContainers();
            return json;
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            throw new PolicyParseException(Text.of("policy.parse.invalid_json", JacksonWords.of(cleanJacksonMessage(e.getOriginalMessage()))),
                    sourceName, where == null ? Position.UNKNOWN : position(where));
        } catch (IOException e) {
            throw new PolicyParseException(Text.of("policy.parse.unreadable", String.valueOf(e.getMessage())), sourceName, Position.UNKNOWN);
        }
    }

    private static String cleanJacksonMessage(String message) {
        if (message == null) {
            return "malformed";
        }
        // Jackson appends hints about its own configuration; the user only needs the first sentence.
        int cut = message.indexOf("\n");
        String first = cut < 0 ? message : message.substring(0, cut);
        // its "(for Array starting at [Source: REDACTED …; line: 2, column: 15])" repeats the position we give anyway
        // and its "(start marker at [Source: REDACTED …])" after an unclosed object or array
        return first.replaceAll(" \\((for (Object|Array) starting at|start marker at) .*", "").replace(" (for Object starting at", "").trim();
    }

    private static Position position(JsonLocation location) {
        return new Position(Math.max(location.getLineNr(), 0), Math.max(location.getColumnNr(), 0));
    }

    private JsonNode readValue(JsonParser parser, JsonToken token) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = nodes.objectNode();
                Map<Object, Position> values = new HashMap<>();
                Map<String, Position> names = new HashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    names.put(name, position(parser.currentTokenLocation()));
                    JsonToken valueToken = parser.nextToken();
                    values.put(name, position(parser.currentTokenLocation()));
                    object.set(name, readValue(parser, valueToken));
                }
                valuePositions.put(object, values);
                namePositions.put(object, names);
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = nodes.arrayNode();
                Map<Object, Position> values = new HashMap<>();
                JsonToken element;
                int index = 0;
                while ((element = parser.nextToken()) != JsonToken.END_ARRAY) {
                    values.put(index++, position(parser.currentTokenLocation()));
                    array.add(readValue(parser, element));
                }
                valuePositions.put(array, values);
                return array;
            }
            case VALUE_STRING:
                return nodes.textNode(parser.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                // Keep the number's text as written: "NumericEquals": 1.50 is compared as written.
                return nodes.numberNode(parser.getDecimalValue());
            case VALUE_TRUE:
                return nodes.booleanNode(true);
            case VALUE_FALSE:
                return nodes.booleanNode(false);
            case VALUE_NULL:
                return nodes.nullNode();
            default:
                throw new IOException("unexpected token " + token);
        }
    }

    JsonNode root() {
        return root;
    }

    Position rootPosition() {
        return rootPosition;
    }

    /** Where the value of {@code field} in {@code object} starts. */
    Position valueOf(JsonNode object, String field) {
        Map<Object, Position> map = valuePositions.get(object);
        Position p = map == null ? null : map.get(field);
        return p == null ? positionOf(object) : p;
    }

    /** Where the name of {@code field} in {@code object} starts. */
    Position nameOf(JsonNode object, String field) {
        Map<String, Position> map = namePositions.get(object);
        Position p = map == null ? null : map.get(field);
        return p == null ? positionOf(object) : p;
    }

    /** Where element {@code index} of {@code array} starts. */
    Position elementOf(JsonNode array, int index) {
        Map<Object, Position> map = valuePositions.get(array);
        Position p = map == null ? null : map.get(index);
        return p == null ? positionOf(array) : p;
    }

    /** Where a container itself starts, found from its parent's record. */
    Position positionOf(JsonNode container) {
        if (container == root) {
            return rootPosition;
        }
        Position p = containerStarts.get(container);
        return p == null ? Position.UNKNOWN : p;
    }

    private final Map<JsonNode, Position> containerStarts = new IdentityHashMap<>();

    /** Records where a nested container starts, so its own errors can point at it. */
    void indexContainers() {
        for (Map.Entry<JsonNode, Map<Object, Position>> entry : valuePositions.entrySet()) {
            JsonNode parent = entry.getKey();
            for (Map.Entry<Object, Position> child : entry.getValue().entrySet()) {
                JsonNode node = child.getKey() instanceof String name ? parent.get(name) : parent.get((Integer) child.getKey());
                if (node != null && node.isContainerNode()) {
                    containerStarts.put(node, child.getValue());
                }
            }
        }
    }

    PolicyParseException error(String message, Position position) {
        return new PolicyParseException(message, sourceName, position);
    }

    PolicyParseException error(Text message, Position position) {
        return new PolicyParseException(message, sourceName, position);
    }
}
