package dev.pith.util;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Jackson's JSON trees read and written with its streaming parser and generator alone, as its
 * {@code ObjectMapper} would read and write them.
 *
 * <p>Why not an {@code ObjectMapper}: creating the first one costs a process about 150 ms of CPU
 * (its type, serializer and date machinery), more than extracting a page, and a command run on
 * one page pays it in full; the core needs nothing of it beyond trees. The trees are the same
 * classes, so the code that reads them does not change.
 */
public final class JsonTrees {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {
    }

    /** A new, empty object node. */
    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /**
     * The next value of the parser as a tree, as {@code ObjectMapper.readTree} builds it (a later
     * duplicate key wins); null at the end of the input.
     */
    public static JsonNode readValue(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        return token == null ? null : value(parser, token);
    }

    private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> integer(parser);
            case VALUE_NUMBER_FLOAT -> parser.getNumberType() == JsonParser.NumberType.BIG_DECIMAL
                    ? NODES.numberNode(parser.getDecimalValue()) : NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new IOException("unexpected " + token + " in JSON");
        };
    }

    private static ObjectNode object(JsonParser parser) throws IOException {
        ObjectNode o = NODES.objectNode();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            o.set(name, value(parser, parser.nextToken()));
        }
        return o;
    }

    private static ArrayNode array(JsonParser parser) throws IOException {
        ArrayNode a = NODES.arrayNode();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            if (t == null) {
                throw new IOException("JSON ends inside an array");
            }
            a.add(value(parser, t));
        }
        return a;
    }

    private static JsonNode integer(JsonParser parser) throws IOException {
        return switch (parser.getNumberType()) {
            case INT -> NODES.numberNode(parser.getIntValue());
            case LONG -> NODES.numberNode(parser.getLongValue());
            default -> NODES.numberNode(parser.getBigIntegerValue());
        };
    }

    /**
     * A tree of maps (keys in their order), lists, strings and nulls, as
     * {@code ObjectMapper.valueToTree} makes it.
     */
    public static JsonNode fromValue(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode o = NODES.objectNode();
            map.forEach((k, v) -> o.set(String.valueOf(k), fromValue(v)));
            return o;
        }
        if (value instanceof List<?> list) {
            ArrayNode a = NODES.arrayNode();
            list.forEach(v -> a.add(fromValue(v)));
            return a;
        }
        if (value instanceof CharSequence text) {
            return NODES.textNode(text.toString());
        }
        throw new IllegalArgumentException("not a map, list or string: " + value.getClass().getName());
    }

    /** The tree as {@code ObjectMapper.writerWithDefaultPrettyPrinter()} writes it. */
    public static String pretty(JsonNode tree, JsonFactory factory) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            write(tree, g);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    /** Writes the tree through the generator, node by node. */
    public static void write(JsonNode node, JsonGenerator g) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                g.writeStartObject();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    g.writeFieldName(field.getKey());
                    write(field.getValue(), g);
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonNode element : node) {
                    write(element, g);
                }
                g.writeEndArray();
            }
            case STRING -> g.writeString(node.textValue());
            case NUMBER -> writeNumber(node, g);
            case BOOLEAN -> g.writeBoolean(node.booleanValue());
            default -> g.writeNull();
        }
    }

    private static void writeNumber(JsonNode node, JsonGenerator g) throws IOException {
        switch (node.numberType()) {
            case INT -> g.writeNumber(node.intValue());
            case LONG -> g.writeNumber(node.longValue());
            case BIG_INTEGER -> g.writeNumber(node.bigIntegerValue());
            case BIG_DECIMAL -> g.writeNumber(node.decimalValue());
            case FLOAT -> g.writeNumber(node.floatValue());
            default -> g.writeNumber(node.doubleValue());
        }
    }
}
