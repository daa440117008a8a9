package io.paymenthub.web.idempotency;

import static io.paymenthub.json.JsonFactory.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;

/**
 * What makes two requests "the same" for an idempotency key: the method, the path and the body. A JSON body
 * counts by its content (key order and spacing do not matter); anything else by its bytes.
 */
final class RequestFingerprint {

    private RequestFingerprint() {
    }

    static String of(String method, String path, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            sha256.update(canonical(body));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] canonical(byte[] body) {
        if (body.length == 0) {
            return body;
        }
        try (var reader = JSON.createReader(new ByteArrayInputStream(body))) {
            return canonical(reader.readValue()).getBytes(StandardCharsets.UTF_8);
        } catch (JsonException | IllegalStateException e) {
            return body;
        } catch (RuntimeException e) {
            // Parsson's refusal of JSON nested too deeply is a bare RuntimeException; such a body is no JSON to us
            return body;
        }
    }

    private static String canonical(JsonValue value) {
        if (value instanceof JsonObject object) {
            StringBuilder out = new StringBuilder("{");
            new TreeMap<>(object).forEach((key, member) -> out.append(out.length() > 1 ? "," : "")
                    .append(JSON.createValue(key)).append(':').append(canonical(member)));
            return out.append('}').toString();
        }
        if (value instanceof JsonArray array) {
            StringBuilder out = new StringBuilder("[");
            for (JsonValue item : array) {
                out.append(out.length() > 1 ? "," : "").append(canonical(item));
            }
            return out.append(']').toString();
        }
        return value.toString();
    }
}
