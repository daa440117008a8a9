package io.paymenthub.gateway.epayment;

import static io.paymenthub.json.JsonFactory.JSON;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;

/** Lenient reading of epayment.kz's JSON: a field may come as a string or a number, under more than one name. */
final class Json {

    private Json() {
    }

    static String text(JsonObject json, String... names) {
        for (String name : names) {
            JsonValue value = json == null ? null : json.get(name);
            if (value instanceof JsonString s && !s.getString().isBlank()) {
                return s.getString();
            }
            if (value instanceof JsonNumber n) {
                return n.bigDecimalValue().toPlainString();
            }
        }
        return null;
    }

    static BigDecimal decimal(JsonObject json, String... names) {
        for (String name : names) {
            JsonValue value = json == null ? null : json.get(name);
            if (value instanceof JsonNumber n) {
                return n.bigDecimalValue();
            }
            if (value instanceof JsonString s && !s.getString().isBlank()) {
                return new BigDecimal(s.getString().trim());
            }
        }
        return null;
    }

    static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (var reader = JSON.createReader(new java.io.StringReader(body))) {
            return reader.readObject();
        } catch (jakarta.json.JsonException | IllegalStateException e) {
            return null;
        }
    }
}
