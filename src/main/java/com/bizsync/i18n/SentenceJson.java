package com.bizsync.i18n;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of a {@link Sentence} as JSON, so a journal row can be stored and read back in
 * any language: text as a string, whole numbers as numbers, {@code {"decimal":"2.50"}},
 * {@code {"date":"2026-12-31"}},
 * {@code {"key":…,"args":[…]}} for a sentence, {@code {"text":…}} for a literal one,
 * {@code {"list":[…]}} for a list.
 */
public final class SentenceJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SentenceJson() {
    }

    public static String args(Sentence sentence) {
        return array(sentence.args()).toString();
    }

    /** @throws IllegalArgumentException when the text is not arguments written by {@link #args} */
    public static List<Object> args(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || !node.isArray()) {
                throw new IllegalArgumentException("not a JSON array: " + json);
            }
            return values(node);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable sentence arguments", e);
        }
    }

    private static ArrayNode array(List<?> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(value -> array.add(node(value)));
        return array;
    }

    private static JsonNode node(Object value) {
        if (value instanceof String text) {
            return NODES.textNode(text);
        }
        if (value instanceof Long number) {
            return NODES.numberNode(number);
        }
        if (value instanceof BigDecimal number) {
            // As text: a JSON number would come back as a double, losing the scale (2.50 → 2.5).
            return NODES.objectNode().put("decimal", number.toPlainString());
        }
        if (value instanceof LocalDate day) {
            return NODES.objectNode().put("date", day.toString());
        }
        if (value instanceof Sentence sentence) {
            if (sentence.isLiteral()) {
                return NODES.objectNode().put("text", sentence.text());
            }
            ObjectNode node = NODES.objectNode().put("key", sentence.key());
            node.set("args", array(sentence.args()));
            return node;
        }
        if (value instanceof List<?> list) {
            ObjectNode node = NODES.objectNode();
            node.set("list", array(list));
            return node;
        }
        throw new IllegalArgumentException("not a sentence argument: " + value);
    }

    private static List<Object> values(JsonNode array) {
        List<Object> values = new ArrayList<>();
        array.forEach(node -> values.add(value(node)));
        return values;
    }

    private static Object value(JsonNode node) {
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.has("decimal")) {
            return new BigDecimal(node.get("decimal").asText());
        }
        if (node.has("date")) {
            return LocalDate.parse(node.get("date").asText());
        }
        if (node.has("key")) {
            return Sentence.of(node.get("key").asText(), values(node.path("args")).toArray());
        }
        if (node.has("text")) {
            return Sentence.literal(node.get("text").asText());
        }
        if (node.has("list")) {
            return values(node.get("list"));
        }
        throw new IllegalArgumentException("unknown sentence argument: " + node);
    }
}
