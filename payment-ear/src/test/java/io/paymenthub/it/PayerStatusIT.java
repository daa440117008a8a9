package io.paymenthub.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.it.Hub.Reply;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code GET /pay/{token}/status} and the CORS of the payer-facing API, over plain HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PayerStatusIT {

    /** The allowed origin of the integration-test server (PAYMENT_ALLOWED_ORIGINS in arquillian.xml). */
    static final String SHOP = "https://shop.localhost";

    @Test
    void a_payer_sees_the_status_amount_and_description_and_nothing_the_merchant_keeps() {
        JsonObject payment = Hub.createPayment(250, "returnUrl", "\"https://shop.example/paid\"",
                "reference", "\"order-secret-7\"", "metadata", "{\"note\":\"internal\"}",
                "customer", "{\"id\":\"cust-9\",\"email\":\"payer@shop.example\"}");
        String token = payment.getString("token");

        Reply open = Hub.get("/pay/" + token + "/status", null);
        assertThat(open.status()).isEqualTo(200);
        assertThat(open.contentType()).startsWith("application/json");
        assertThat(open.header("Cache-Control")).isEqualTo("no-store");
        JsonObject pending = open.json();
        assertThat(pending.keySet()).containsExactlyInAnyOrder("status", "final", "amount", "currency", "description");
        assertThat(pending.getString("status")).isEqualTo("PENDING");
        assertThat(pending.getBoolean("final")).isFalse();
        assertThat(pending.getJsonNumber("amount").longValueExact()).isEqualTo(250);
        assertThat(pending.getString("currency")).isEqualTo("EUR");
        assertThat(pending.getString("description")).isEqualTo("Test order");
        assertThat(open.body()).doesNotContain(payment.getString("id"), "order-secret-7", "internal", "cust-9",
                "payer@shop.example", "dummy");

        Hub.payOnDummyPage(token, "success");
        JsonObject paid = Hub.get("/pay/" + token + "/status", null).json();
        assertThat(paid.getString("status")).isEqualTo("SUCCESSFUL");
        assertThat(paid.getBoolean("final")).isTrue();
        assertThat(paid.getString("returnUrl"))
                .isEqualTo("https://shop.example/paid?payment=" + payment.getString("id") + "&status=SUCCESSFUL");
    }

    @Test
    void an_unknown_token_is_not_found() {
        assertThat(Hub.get("/pay/pt_" + "0".repeat(32) + "/status", null).status()).isEqualTo(404);
        Reply malformed = Hub.get("/pay/not-a-token/status", null);
        assertThat(malformed.status()).isEqualTo(404);
        assertThat(malformed.json().getString("code")).isEqualTo("not_found");
    }

    @Test
    void the_allowed_origin_may_read_the_status_and_the_sdk_and_no_other() {
        String status = "/pay/" + Hub.createPayment(100).getString("token") + "/status";
        for (String path : List.of(status, "/js/payment-hub.js", "/js/payment-hub.js?module")) {
            Reply allowed = Hub.get(path, null, "Origin", SHOP);
            assertThat(allowed.status()).as(path).isEqualTo(200);
            assertThat(allowed.header("Access-Control-Allow-Origin")).as(path).isEqualTo(SHOP);
            assertThat(allowed.header("Access-Control-Allow-Credentials")).as(path).isNull();
            assertThat(allowed.header("Vary")).as(path).contains("Origin");

            Reply other = Hub.get(path, null, "Origin", "http://evil.localhost");
            assertThat(other.status()).as(path).isEqualTo(200);
            assertThat(other.header("Access-Control-Allow-Origin")).as(path).isNull();
        }
    }

    @Test
    void the_merchant_api_answers_no_browser_even_from_the_allowed_origin() {
        JsonObject payment = Hub.createPayment(100);
        Reply read = Hub.get("/api/v1/payments/" + payment.getString("id"), Hub.APP1_KEY, "Origin", SHOP);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("Access-Control-Allow-Origin")).isNull();

        Reply preflight = Hub.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Hub.URL + "/api/v1/payments"))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", SHOP).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type"));
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        assertThat(preflight.header("Access-Control-Allow-Headers")).isNull();
    }

    @Test
    void the_sdk_is_one_script_with_a_global_and_a_module_export() {
        Reply script = Hub.get("/js/payment-hub.js", null);
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.contentType()).startsWith("text/javascript");
        assertThat(script.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(script.body()).contains("global.PaymentHub =", "function waitFor", "function check", "function open")
                .doesNotContain("export ");
        assertThat(Hub.get("/js/payment-hub.js?module", null).body()).startsWith(script.body())
                .contains("export { PaymentHub };", "export default PaymentHub;");
    }

    @Test
    void a_client_guessing_tokens_is_slowed_down() throws InterruptedException {
        Thread.sleep(6_500); // a full bucket: the class's other tests query from this address too
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            answers.add(Hub.get("/pay/pt_" + String.format("%032x", i) + "/status", null).status());
        }
        assertThat(answers).contains(404, 429);
        assertThat(answers.indexOf(429)).as("the first refusal").isGreaterThanOrEqualTo(30);
        Reply refused = Hub.get("/pay/pt_" + "f".repeat(32) + "/status", null);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        assertThat(refused.json().getString("code")).isEqualTo("too_many_requests");
        assertThat(refused.body()).doesNotContain("pt_");
        Thread.sleep(6_500); // the bucket refills (5 a second, 30 at most) before the next test's queries
    }
}
