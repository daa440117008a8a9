package io.paymenthub.gateway.begateway;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;

/**
 * Reads the answer to a checkout request. BeGateway answers
 * {@code {"checkout":{"token","redirect_url"}}}; the seeds also accept a bare {@code {"token"}}. A refusal
 * (422) reads {@code {"response":{"message","errors":{…}}}} or, flat, {@code {"message","errors"}}.
 */
public record CheckoutAnswer(String token, String redirectUrl) {

    /** The checkout token and its page, or empty when the answer carries no token. */
    public static Optional<CheckoutAnswer> of(JsonObject json) {
        if (json == null) {
            return Optional.empty();
        }
        JsonObject checkout = object(json, "checkout");
        String token = checkout == null ? null : string(checkout, "token");
        String redirect = checkout == null ? null : string(checkout, "redirect_url");
        if (token == null) {
            token = string(json, "token");
            redirect = redirect == null ? string(json, "redirect_url") : redirect;
        }
        return token == null || token.isBlank() ? Optional.empty() : Optional.of(new CheckoutAnswer(token, redirect));
    }

    /** The gateway's own words for a refusal, short enough for a problem's detail. */
    public static String errorMessage(JsonObject json) {
        if (json == null) {
            return "no readable answer";
        }
        JsonObject response = object(json, "response");
        JsonObject source = response != null ? response : json;
        String message = string(source, "message");
        JsonValue errors = source.get("errors");
        String text = (message == null ? "" : message)
                + (errors instanceof JsonObject e && !e.isEmpty() ? " " + e : "");
        text = text.isBlank() ? "the answer carries no checkout token" : text.trim();
        return text.length() > 300 ? text.substring(0, 300) : text;
    }

    static JsonObject object(JsonObject json, String key) {
        return json.get(key) instanceof JsonObject o ? o : null;
    }

    static String string(JsonObject json, String key) {
        JsonValue value = json.get(key);
        if (value instanceof JsonString s) {
            return s.getString();
        }
        return value == null || value.getValueType() == JsonValue.ValueType.NULL
                || value.getValueType() == JsonValue.ValueType.OBJECT
                || value.getValueType() == JsonValue.ValueType.ARRAY ? null : value.toString();
    }
}
