package io.paymenthub.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.it.Hub.Reply;
import jakarta.json.JsonObject;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** API keys, tenant isolation, listing, and problem+json for every bad input (docs/api.md). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MerchantApiIT {

    @Test
    void requests_without_a_known_key_are_401_problems() {
        for (String key : new String[] {null, "sk_wrong", ""}) {
            Reply reply = Hub.get("/api/v1/payments", key);
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().getString("code")).isEqualTo("unauthorized");
        }
        Reply basic = Hub.get("/api/v1/payments", null, "Authorization", "Basic YXBwMTpza190ZXN0X2FwcDE=");
        assertThat(basic.status()).isEqualTo(401);
    }

    @Test
    void another_apps_payment_is_not_found_exactly_like_a_missing_one() {
        JsonObject payment = Hub.createPayment(100);
        String path = "/api/v1/payments/" + payment.getString("id");
        Reply foreign = Hub.get(path, Hub.APP2_KEY);
        Reply missing = Hub.get("/api/v1/payments/pay_000000000000000000000000", Hub.APP2_KEY);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.json().getString("code")).isEqualTo(missing.json().getString("code")).isEqualTo("not_found");
        assertThat(Hub.post(path + "/refunds", Hub.APP2_KEY, "{}").status()).isEqualTo(404);
        assertThat(Hub.post(path + "/cancel", Hub.APP2_KEY, "").status()).isEqualTo(404);
        assertThat(Hub.get("/api/v1/payments?reference=" + payment.getString("id"), Hub.APP2_KEY).body())
                .doesNotContain(payment.getString("id"));
    }

    @Test
    void the_list_is_newest_first_filtered_and_paged_by_cursor() {
        String reference = "list-" + UUID.randomUUID();
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            created.add(Hub.createPayment(100 + i, "reference", "\"" + reference + "\"").getString("id"));
        }
        Set<String> seen = new HashSet<>();
        String cursor = null;
        long previousAmount = Long.MAX_VALUE;
        int pages = 0;
        do {
            Reply page = Hub.get("/api/v1/payments?limit=2&reference=" + reference
                    + (cursor == null ? "" : "&cursor=" + cursor), Hub.APP1_KEY);
            assertThat(page.status()).isEqualTo(200);
            for (JsonObject item : page.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
                assertThat(seen.add(item.getString("id"))).isTrue();
                long amount = item.getJsonNumber("amount").longValue();
                assertThat(amount).isLessThan(previousAmount);
                previousAmount = amount;
            }
            cursor = page.json().getString("nextCursor", null);
            pages++;
        } while (cursor != null);
        assertThat(seen).isEqualTo(created);
        assertThat(pages).isEqualTo(3);

        Reply byStatus = Hub.get("/api/v1/payments?status=pending&gateway=dummy&reference=" + reference, Hub.APP1_KEY);
        assertThat(byStatus.json().getJsonArray("items")).hasSize(5);
        Reply none = Hub.get("/api/v1/payments?status=SUCCESSFUL&reference=" + reference, Hub.APP1_KEY);
        assertThat(none.json().getJsonArray("items")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "zero amount           | {\"amount\":0,\"currency\":\"EUR\"}                         | 400 | invalid_amount",
            "negative amount       | {\"amount\":-5,\"currency\":\"EUR\"}                        | 400 | invalid_amount",
            "decimal amount        | {\"amount\":19.99,\"currency\":\"EUR\"}                     | 400 | invalid_amount",
            "string amount         | {\"amount\":\"abc\",\"currency\":\"EUR\"}                   | 400 | malformed_json",
            "missing amount        | {\"currency\":\"EUR\"}                                      | 400 | invalid_amount",
            "unknown currency      | {\"amount\":100,\"currency\":\"EURO\"}                      | 400 | invalid_currency",
            "lower-case currency   | {\"amount\":100,\"currency\":\"eur\"}                       | 400 | invalid_currency",
            "missing currency      | {\"amount\":100}                                            | 400 | invalid_currency",
            "unknown gateway       | {\"amount\":100,\"currency\":\"EUR\",\"gateway\":\"paypal\"} | 400 | unknown_gateway",
            "bad capture mode      | {\"amount\":100,\"currency\":\"EUR\",\"capture\":\"later\"}  | 400 | invalid_request",
            "not a URL             | {\"amount\":100,\"currency\":\"EUR\",\"returnUrl\":\"not a url\"} | 400 | invalid_url",
            "ftp notify URL        | {\"amount\":100,\"currency\":\"EUR\",\"notifyUrl\":\"ftp://x.example/h\"} | 400 | invalid_url",
            "bad e-mail            | {\"amount\":100,\"currency\":\"EUR\",\"customer\":{\"email\":\"nope\"}} | 400 | invalid_request",
            "malformed JSON        | {\"amount\":                                                | 400 | malformed_json",
            "an array              | [1,2]                                                      | 400 | malformed_json",
    })
    void bad_payment_requests_are_problems_with_stable_codes(String name, String body, int status, String code) {
        Reply reply = Hub.post("/api/v1/payments", Hub.APP1_KEY, body);
        assertProblem(reply, status, code);
    }

    @Test
    void an_empty_body_and_a_long_description_are_refused() {
        Reply empty = Hub.post("/api/v1/payments", Hub.APP1_KEY, "");
        assertProblem(empty, 400, null);
        assertThat(empty.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("body");
        String longText = "x".repeat(501);
        Reply longDescription = Hub.post("/api/v1/payments", Hub.APP1_KEY,
                "{\"amount\":100,\"currency\":\"EUR\",\"description\":\"" + longText + "\"}");
        assertProblem(longDescription, 400, "invalid_request");
        assertThat(longDescription.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("description");
    }

    @Test
    void wrong_paths_methods_and_media_types_are_problems_too() {
        assertProblem(Hub.get("/api/v1/nothing-here", Hub.APP1_KEY), 404, "not_found");
        assertProblem(Hub.get("/api/v1/payments/pay_missing", Hub.APP1_KEY), 404, "not_found");
        assertProblem(Hub.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Hub.URL + "/api/v1/payments"))
                .header("Authorization", "Bearer " + Hub.APP1_KEY).DELETE()), 405, "method_not_allowed");
        assertProblem(Hub.post("/api/v1/payments", Hub.APP1_KEY, "amount=100", "Content-Type", "text/plain"), 415,
                "unsupported_media_type");
        assertProblem(Hub.get("/api/v1/payments?limit=0", Hub.APP1_KEY), 400, "invalid_request");
        assertProblem(Hub.get("/api/v1/payments?cursor=garbage!", Hub.APP1_KEY), 400, "invalid_request");
        assertProblem(Hub.get("/api/v1/payments?status=PAID", Hub.APP1_KEY), 400, "invalid_request");
        assertProblem(Hub.get("/pay/not-a-token", null), 404, "not_found");
    }

    static void assertProblem(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonObject problem = reply.json();
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("type")).isNotBlank();
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("detail")).isNotBlank();
        if (code != null) {
            assertThat(problem.getString("code")).isEqualTo(code);
        }
        assertThat(reply.body()).doesNotContain("Exception", "at io.", "at org.", "io.paymenthub.");
        assertThat(problem.getString("requestId")).isEqualTo(reply.header("X-Request-Id"));
    }
}
