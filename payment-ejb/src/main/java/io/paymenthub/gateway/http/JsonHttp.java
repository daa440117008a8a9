package io.paymenthub.gateway.http;

import static io.paymenthub.json.JsonFactory.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** One HTTP exchange with a gateway that answers JSON. */
public final class JsonHttp {

    private JsonHttp() {
    }

    /** The answer's status and its body as a JSON object (null when it is not one). */
    public record Reply(int status, JsonObject json) {
    }

    /** @throws GatewayUnreachable when the gateway cannot be reached or does not answer in time */
    public static Reply send(HttpClient http, HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), parseObject(response.body()));
        } catch (IOException e) {
            throw new GatewayUnreachable(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayUnreachable("interrupted");
        }
    }

    /** A body as a JSON object; null when it is empty or not an object. */
    public static JsonObject parseObject(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (var reader = JSON.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return null;
        }
    }
}
