package io.paymenthub.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.it.Hub.Reply;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every endpoint that takes a body, swept with hostile ones — values of the wrong type, numbers beyond 64 bits,
 * text beyond its column, NUL, malformed and deeply nested JSON, bodies over the size limit, sent whole or
 * chunked: each is refused with a problem+json that has a code, never a 500 and never an empty answer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileBodiesIT {

    private static final String[] INTEGER_ATTACKS = {"\"100\"", "\"1e3\"", "1.5", "100.0", "1e3", "-1", "0",
            "9223372036854775808", "-9223372036854775809", "1e400", "123456789012345678901234567890", "true", "{}",
            "[]", "[100]"};
    private static final String[] TEXT_ATTACKS = {"42", "true", "{}", "[\"a\"]", "\"a\\u0000b\""};

    private String paymentId;
    private String user;

    /** The endpoints with a JSON body, each with a valid body and its fields: integer ones and text with its limit. */
    private record Endpoint(String path, String validBody, Map<String, String> integers, Map<String, Integer> texts) {
    }

    @BeforeEach
    void aPaymentAndAWallet() {
        paymentId = Hub.createPayment(500).getString("id");
        user = "hostile_" + UUID.randomUUID().toString().substring(0, 8);
    }

    private List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("/api/v1/payments", "{\"amount\":100,\"currency\":\"EUR\"}", Map.of("amount", "100"),
                        texts("description", 500, "reference", 200, "gateway", 32, "returnUrl", 2000,
                                "notifyUrl", 2000, "capture", 16, "currency", 3)),
                new Endpoint("/api/v1/payments/" + paymentId + "/capture", "{\"amount\":100}", Map.of("amount", "100"),
                        Map.of()),
                new Endpoint("/api/v1/payments/" + paymentId + "/refunds", "{\"amount\":1,\"reason\":\"r\"}",
                        Map.of("amount", "1"), texts("reason", 500)),
                new Endpoint("/api/v1/wallets/" + user + "/purchases", "{\"credits\":10}", Map.of("credits", "10"),
                        texts("gateway", 32, "returnUrl", 2000, "notifyUrl", 2000)),
                new Endpoint("/api/v1/wallets/" + user + "/spend", "{\"credits\":1,\"reference\":\"r\"}",
                        Map.of("credits", "1"), texts("reference", 200)));
    }

    private static Map<String, Integer> texts(Object... fieldsAndLimits) {
        Map<String, Integer> texts = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndLimits.length; i += 2) {
            texts.put((String) fieldsAndLimits[i], (Integer) fieldsAndLimits[i + 1]);
        }
        return texts;
    }

    /** The valid body with one field set to a raw JSON value. */
    private static String with(String validBody, String field, String json) {
        String inner = validBody.substring(1, validBody.length() - 1).replaceAll("\"" + field + "\":[^,}]*,?", "");
        return "{\"" + field + "\":" + json + (inner.isEmpty() ? "" : "," + inner.replaceAll(",$", "")) + "}";
    }

    @Test
    void integers_of_the_wrong_type_or_beyond_64_bits_are_400_everywhere() {
        SoftAssertions soft = new SoftAssertions();
        for (Endpoint endpoint : endpoints()) {
            for (String field : endpoint.integers().keySet()) {
                for (String attack : INTEGER_ATTACKS) {
                    String body = with(endpoint.validBody(), field, attack);
                    problem(soft, endpoint.path() + " " + body, post(endpoint.path(), body), 400);
                }
            }
        }
        soft.assertAll();
    }

    @Test
    void text_of_the_wrong_type_with_nul_or_beyond_its_column_is_400_everywhere() {
        SoftAssertions soft = new SoftAssertions();
        for (Endpoint endpoint : endpoints()) {
            endpoint.texts().forEach((field, limit) -> {
                List<String> attacks = new ArrayList<>(List.of(TEXT_ATTACKS));
                attacks.add("\"" + "x".repeat(limit + 1) + "\"");
                attacks.add("\"" + "\\u0001".repeat(limit + 1) + "\"");
                for (String attack : attacks) {
                    String body = with(endpoint.validBody(), field, attack);
                    problem(soft, endpoint.path() + " " + field + "=" + abbreviated(attack), post(endpoint.path(), body),
                            400);
                }
            });
        }
        soft.assertAll();
    }

    @Test
    void metadata_and_customer_beyond_their_columns_are_400() {
        SoftAssertions soft = new SoftAssertions();
        List<String> metadata = List.of(
                entries(51, 1), entries(1, 501), "{\"" + "k".repeat(65) + "\":\"v\"}", "{\"\":\"v\"}",
                entries(45, 500), escapedEntries(10), "{\"a\":null}", "{\"a\":42}",
                "{\"a\":{\"b\":\"c\"}}", "{\"a\":\"\\u0000\"}", "[\"a\"]", "\"a\"", "42");
        for (String value : metadata) {
            String body = "{\"amount\":100,\"currency\":\"EUR\",\"metadata\":" + value + "}";
            problem(soft, "metadata " + abbreviated(value), post("/api/v1/payments", body), 400);
        }
        for (String customer : List.of("{\"id\":\"" + "c".repeat(201) + "\"}",
                "{\"email\":\"" + "e".repeat(320) + "@x.example\"}", "{\"id\":42}", "{\"id\":\"a\\u0000\"}", "\"c\"",
                "[]")) {
            String body = "{\"amount\":100,\"currency\":\"EUR\",\"customer\":" + customer + "}";
            problem(soft, "customer " + abbreviated(customer), post("/api/v1/payments", body), 400);
        }
        soft.assertAll();
    }

    @Test
    void malformed_bodies_are_400_on_every_endpoint_that_reads_one() {
        SoftAssertions soft = new SoftAssertions();
        List<String> bodies = List.of("{", "{\"amount\":", "[1,2]", "\"text\"", "42", "{\"amount\":100,}",
                "{'amount':100}", "[".repeat(20_000) + "]".repeat(20_000));
        for (Endpoint endpoint : endpoints()) {
            String number = endpoint.integers().keySet().iterator().next();
            List<String> deep = List.of("{\"" + number + "\":" + "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_001),
                    "{\"" + number + "\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}");
            for (String body : java.util.stream.Stream.concat(bodies.stream(), deep.stream()).toList()) {
                problem(soft, endpoint.path() + " " + abbreviated(body), post(endpoint.path(), body), 400);
            }
            byte[] field = endpoint.integers().keySet().iterator().next().getBytes(StandardCharsets.US_ASCII);
            byte[] badUtf8 = new byte[field.length + 10];
            badUtf8[0] = '{';
            badUtf8[1] = '"';
            System.arraycopy(field, 0, badUtf8, 2, field.length);
            byte[] rest = {'"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', ' '};
            System.arraycopy(rest, 0, badUtf8, field.length + 2, rest.length);
            Reply invalidUtf8 = Hub.send(request(endpoint.path()).POST(HttpRequest.BodyPublishers.ofByteArray(badUtf8)));
            problem(soft, endpoint.path() + " invalid UTF-8", invalidUtf8, 400);
        }
        soft.assertAll();
    }

    @Test
    void a_body_over_the_size_limit_is_413_payload_too_large_whole_or_chunked() {
        SoftAssertions soft = new SoftAssertions();
        String big = "{\"amount\":100,\"currency\":\"EUR\",\"description\":\"" + "x".repeat(70_000) + "\"}";
        for (Endpoint endpoint : endpoints()) {
            problem(soft, endpoint.path() + " 70 KB", post(endpoint.path(), big), 413, "payload_too_large");
            Reply chunked = Hub.send(request(endpoint.path()).POST(HttpRequest.BodyPublishers.ofInputStream(
                    () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))));
            problem(soft, endpoint.path() + " 70 KB chunked", chunked, 413, "payload_too_large");
        }
        byte[] huge = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'x');
        for (String path : List.of("/api/v1/payments", "/api/v1/payments/" + paymentId + "/cancel",
                "/api/v1/callbacks/dummy", "/api/v1/callbacks/begateway", "/api/v1/callbacks/newebpay",
                "/api/v1/callbacks/epayment", "/api/v1/callbacks/bog")) {
            Reply reply = Hub.send(request(path).POST(HttpRequest.BodyPublishers.ofByteArray(huge)));
            problem(soft, path + " 2 MB", reply, 413, "payload_too_large");
        }
        soft.assertAll();
    }

    @Test
    void hostile_bodies_to_callbacks_and_bodiless_endpoints_are_problems_not_500() {
        SoftAssertions soft = new SoftAssertions();
        List<String> bodies = List.of("", "{", "[".repeat(20_000), "{\"token\":42,\"status\":[],\"amount\":\"1\"}",
                "{\"token\":\"" + "t".repeat(60_000) + "\"}", "\u0000", "TradeInfo=zz&TradeSha=zz&Status=SUCCESS");
        for (String path : List.of("/api/v1/callbacks/dummy", "/api/v1/callbacks/begateway", "/api/v1/callbacks/newebpay",
                "/api/v1/callbacks/epayment", "/api/v1/callbacks/bog", "/api/v1/callbacks/nothing",
                "/api/v1/payments/" + paymentId + "/cancel", "/api/v1/notifications/ntf_missing/redeliver")) {
            for (String body : bodies) {
                Reply reply = post(path, body);
                if (reply.status() >= 400) {
                    problem(soft, path + " " + abbreviated(body), reply, reply.status());
                }
                soft.assertThat(reply.status()).as(path + " " + abbreviated(body)).isLessThan(500);
            }
        }
        soft.assertAll();
    }

    private static String entries(int count, int valueLength) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":\"").append("v".repeat(valueLength))
                    .append('"');
        }
        return json.append('}').toString();
    }

    /** Entries whose values are control characters: each takes six characters as JSON ({@code \\u0001}). */
    private static String escapedEntries(int count) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":\"").append("\\u0001".repeat(500))
                    .append('"');
        }
        return json.append('}').toString();
    }

    /** Over HTTP/1.1: a body of unknown length goes chunked, and no large body rides on an HTTP/2 upgrade. */
    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(Hub.URL + path)).version(HttpClient.Version.HTTP_1_1).header("Authorization", "Bearer " + Hub.APP1_KEY)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString());
    }

    private static Reply post(String path, String body) {
        return Hub.send(request(path).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static void problem(SoftAssertions soft, String what, Reply reply, int status) {
        problem(soft, what, reply, status, null);
    }

    private static void problem(SoftAssertions soft, String what, Reply reply, int status, String code) {
        soft.assertThat(reply.status()).as(what + " → " + abbreviated(reply.body())).isEqualTo(status);
        soft.assertThat(reply.contentType()).as(what + " content type").startsWith("application/problem+json");
        if (reply.contentType() != null && reply.contentType().startsWith("application/problem+json")) {
            JsonObject problem = reply.json();
            soft.assertThat(problem.getString("code", "")).as(what + " code").isNotBlank();
            if (code != null) {
                soft.assertThat(problem.getString("code", "")).as(what + " code").isEqualTo(code);
            }
        }
    }

    private static String abbreviated(String text) {
        return text == null || text.length() <= 120 ? text : text.substring(0, 120) + "… (" + text.length() + ")";
    }
}
