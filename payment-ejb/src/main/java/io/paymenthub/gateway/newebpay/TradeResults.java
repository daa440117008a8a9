package io.paymenthub.gateway.newebpay;

import static io.paymenthub.json.JsonFactory.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;

/**
 * Reads NewebPay's answers in both {@code RespondType}s: JSON {@code {"Status","Message","Result":{…}}}
 * (where {@code Result} may also arrive as a JSON string), or String, the same fields URL-encoded flat.
 */
final class TradeResults {

    private TradeResults() {
    }

    /** @throws IllegalArgumentException for text that is neither */
    static TradeResult parse(String text) {
        String trimmed = text.strip();
        return trimmed.startsWith("{") ? fromJson(trimmed) : fromForm(trimmed);
    }

    private static TradeResult fromJson(String text) {
        try (var reader = JSON.createReader(new StringReader(text))) {
            JsonObject message = reader.readObject();
            JsonValue result = message.getOrDefault("Result", JsonValue.EMPTY_JSON_OBJECT);
            JsonObject fields = result instanceof JsonString nested ? nestedObject(nested.getString())
                    : result.getValueType() == JsonValue.ValueType.OBJECT ? result.asJsonObject()
                    : JsonValue.EMPTY_JSON_OBJECT;
            return new TradeResult(text(message, "Status"), text(message, "Message"), text(fields, "MerchantID"),
                    text(fields, "Amt"), text(fields, "TradeNo"), text(fields, "MerchantOrderNo"),
                    text(fields, "RespondCode"), text(fields, "PaymentType"), text(fields, "Card4No"),
                    text(fields, "TradeStatus"), text(fields, "CheckCode"), text(fields, "CloseStatus"),
                    text(fields, "BackStatus"), text(fields, "BackBalance"));
        } catch (JsonException | ClassCastException e) {
            throw new IllegalArgumentException("not NewebPay JSON: " + e.getMessage());
        }
    }

    private static JsonObject nestedObject(String text) {
        if (text.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (var reader = JSON.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static TradeResult fromForm(String text) {
        if (!text.contains("=")) {
            throw new IllegalArgumentException("neither JSON nor a URL-encoded string");
        }
        Map<String, String> f = FormEncoding.decode(text);
        return new TradeResult(f.get("Status"), f.get("Message"), f.get("MerchantID"), f.get("Amt"), f.get("TradeNo"),
                f.get("MerchantOrderNo"), f.get("RespondCode"), f.get("PaymentType"), f.get("Card4No"),
                f.get("TradeStatus"), f.get("CheckCode"), f.get("CloseStatus"), f.get("BackStatus"),
                f.get("BackBalance"));
    }

    /** A field as text, whether NewebPay wrote it as a string or a number. */
    private static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }
}
