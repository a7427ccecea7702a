package io.rootwatch.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON columns (targets.tags, captures.delivery_problems, results.path, results.report_json) written and
 * read one way.
 */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** Tags as a JSON object with keys sorted, so equal tag sets give equal text. */
    static String tags(Map<String, String> tags) {
        return write(new TreeMap<>(tags));
    }

    static String array(List<String> values) {
        return write(values);
    }

    /** The parsed object; IllegalArgumentException naming {@code what} when the text is no JSON object. */
    static JsonNode object(String text, String what) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException(what + " is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(what + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A JSON object of strings, as {@link #tags} writes it. */
    static Map<String, String> stringMap(String text) {
        return read(text, new TypeReference<Map<String, String>>() { });
    }

    /** A JSON array of strings, as {@link #array} writes it. */
    static List<String> stringList(String text) {
        return read(text, new TypeReference<List<String>>() { });
    }

    private static <T> T read(String text, TypeReference<T> type) {
        try {
            return MAPPER.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON column rootwatch wrote does not parse: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("strings, lists and maps of strings always serialize", e);
        }
    }
}
