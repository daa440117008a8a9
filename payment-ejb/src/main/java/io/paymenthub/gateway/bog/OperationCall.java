package io.paymenthub.gateway.bog;

import static io.paymenthub.json.JsonFactory.JSON;

import io.paymenthub.gateway.spi.CallbackParseException;
import io.paymenthub.gateway.spi.CallbackRequest;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A call of one of BOG's custom operations (seed 002): any of GET, POST, PUT, PATCH, naming the order by
 * {@code order_id} and its {@code status} in the query, or in a body that is a flat JSON object or a form. The
 * status is only what the caller claims: the hub believes BOG's receipt of the order, never this.
 */
record OperationCall(String orderId, String claimedStatus) {

    static final String ORDER_ID = "order_id";
    static final String STATUS = "status";

    /** @throws CallbackParseException when no order is named, or the query and the body name different ones */
    static OperationCall of(CallbackRequest callback) {
        Map<String, String> body = bodyFields(callback.bodyText());
        String orderId = agreed(ORDER_ID, callback.query(ORDER_ID), body.get(ORDER_ID));
        if (orderId == null || orderId.isBlank()) {
            throw new CallbackParseException("The call names no order_id");
        }
        return new OperationCall(orderId.strip(), agreed(STATUS, callback.query(STATUS), body.get(STATUS)));
    }

    private static String agreed(String name, String inQuery, String inBody) {
        if (inQuery != null && inBody != null && !inQuery.equals(inBody)) {
            throw new CallbackParseException("The query and the body give different " + name + "s");
        }
        return inQuery != null ? inQuery : inBody;
    }

    private static Map<String, String> bodyFields(String text) {
        String body = text.strip();
        if (body.isEmpty()) {
            return Map.of();
        }
        if (body.startsWith("{")) {
            try (var reader = JSON.createReader(new StringReader(body))) {
                JsonObject json = reader.readObject();
                Map<String, String> fields = new HashMap<>();
                for (String name : new String[] {ORDER_ID, STATUS}) {
                    String value = Receipt.string(json, name);
                    if (value != null) {
                        fields.put(name, value);
                    }
                }
                return fields;
            } catch (JsonException | IllegalStateException e) {
                throw new CallbackParseException("The body is not a JSON object: " + e.getMessage(), e);
            }
        }
        Map<String, String> fields = new HashMap<>();
        try {
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        } catch (IllegalArgumentException e) {
            throw new CallbackParseException("The body is not a form: " + e.getMessage(), e);
        }
        return fields;
    }
}
