package io.paymenthub.payment;

import static io.paymenthub.json.JsonFactory.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small JSON helpers for the columns that hold a JSON object. */
final class JsonText {

    private JsonText() {
    }

    static String write(Map<String, String> map) {
        return object(map).toString();
    }

    static JsonObject object(Map<String, String> map) {
        JsonObjectBuilder builder = JSON.createObjectBuilder();
        map.forEach(builder::add);
        return builder.build();
    }

    static JsonObject read(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    static Map<String, String> strings(JsonObject object) {
        Map<String, String> map = new LinkedHashMap<>();
        object.forEach((key, value) -> map.put(key, value instanceof JsonString s ? s.getString() : value.toString()));
        return map;
    }

    static String stringOrNull(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value instanceof JsonString s ? s.getString() : null;
    }
}
