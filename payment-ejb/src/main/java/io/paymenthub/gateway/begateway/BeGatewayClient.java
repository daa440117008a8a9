package io.paymenthub.gateway.begateway;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * HTTP to BeGateway: Basic {@code shop_id:secret_key}, JSON both ways, {@code X-API-Version: 2}, connect and
 * read timeouts. A timeout or a broken connection is {@link Unreachable}: the outcome is unknown, not failed.
 */
@ApplicationScoped
public class BeGatewayClient {

    @Inject
    BeGatewayConfig config;

    private HttpClient http;

    @PostConstruct
    void init() {
        http = HttpClient.newBuilder().connectTimeout(config.timeout()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public Answer get(String url) {
        return send(request(url).GET());
    }

    public Answer post(String url, JsonObject body) {
        return send(request(url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(config.timeout())
                .header("Authorization", config.basicAuthorization())
                .header("Accept", "application/json")
                .header("X-API-Version", "2");
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), parse(response.body()));
        } catch (IOException e) {
            throw new Unreachable(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted");
        }
    }

    private static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return null;
        }
    }

    /** An HTTP answer; {@code json} is null when the body is not a JSON object. */
    public record Answer(int status, JsonObject json) {

        public boolean isSuccess() {
            return status >= 200 && status < 300;
        }

        /** 5xx, or a 2xx whose body cannot be read: whether it happened is not known. */
        public boolean isUnknownOutcome() {
            return status >= 500 || (isSuccess() && json == null);
        }
    }

    /** The gateway could not be reached or did not answer in time. */
    public static class Unreachable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Unreachable(String message) {
            super(message);
        }
    }
}
