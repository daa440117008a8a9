package io.paymenthub.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small HTTP client for the hub under test: merchant calls with an API key, and raw requests. */
public final class Hub {

    public static final String URL = System.getProperty("hub.url", "http://localhost:18080");
    public static final String MANAGEMENT_URL = System.getProperty("hub.management.url", "http://127.0.0.1:19990");
    public static final String APP1_KEY = "sk_test_app1";
    public static final String APP2_KEY = "sk_test_app2";

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Hub() {
    }

    public static Reply post(String path, String apiKey, String json, String... headers) {
        HttpRequest.Builder request = request(path, apiKey, headers)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json));
        return send(request);
    }

    public static Reply get(String path, String apiKey, String... headers) {
        return send(request(path, apiKey, headers).GET());
    }

    public static Reply postForm(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    public static Reply postRaw(String path, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return send(request);
    }

    public static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder request(String path, String apiKey, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private static String url(String path) {
        return path.startsWith("http") ? path : URL + path;
    }

    /** Creates a dummy payment of {@code amount} EUR cents for app1 and returns it. */
    public static JsonObject createPayment(long amount, String... extraFields) {
        StringBuilder json = new StringBuilder("{\"amount\":" + amount + ",\"currency\":\"EUR\",\"description\":\"Test order\"");
        for (int i = 0; i + 1 < extraFields.length; i += 2) {
            json.append(",\"").append(extraFields[i]).append("\":").append(extraFields[i + 1]);
        }
        Reply reply = post("/api/v1/payments", APP1_KEY, json.append('}').toString());
        if (reply.status() != 201) {
            throw new AssertionError("Payment not created: " + reply);
        }
        return reply.json();
    }

    /** The payer pressing a button on the dummy page. */
    public static Reply payOnDummyPage(String token, String outcome) {
        return postForm("/pay/dummy/" + token, "outcome=" + outcome);
    }

    /** An HTTP answer. */
    public record Reply(int status, String body, Map<String, List<String>> headers) {

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public String contentType() {
            return header("content-type");
        }

        public List<String> eventOutcomes() {
            List<String> outcomes = new ArrayList<>();
            json().getJsonArray("events").forEach(e -> outcomes.add(((JsonObject) e).getString("outcome")));
            return outcomes;
        }
    }
}
