package io.paymenthub.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.paymenthub.it.BogSimulator.callback;
import static io.paymenthub.it.BogSimulator.callbackJson;
import static io.paymenthub.it.BogSimulator.receiptJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.it.Hub.Reply;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** BOG telling the hub what happened (authenticated callbacks, receipts) and the hub's follow-up calls. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BogCallbacksIT {

    @RegisterExtension
    static final BogSimulator BOG = new BogSimulator();

    /** Unpaid payments left behind would have the janitor poll BOG, and fetch tokens, while later classes count them. */
    @BeforeEach
    void reset() {
        BOG.server.resetAll();
        BOG.issuesToken("tok-callbacks", 3600);
    }

    /** A GEL payment with its BOG order opened; {@code orderId} is in its gatewayUid. */
    static JsonObject payment(long amount, String capture) {
        return BOG.payment(amount, capture);
    }

    static JsonObject reload(JsonObject payment) {
        return Hub.get("/api/v1/payments/" + payment.getString("id"), Hub.APP1_KEY).json();
    }

    static String body(JsonObject payment, String key, String code, String amount) {
        return callbackJson(receiptJson(payment.getString("gatewayUid"), payment.getString("id"), key, code, amount, "GEL"));
    }

    static JsonObject paid(long amount, String decimal) {
        JsonObject payment = payment(amount, "automatic");
        assertThat(callback(body(payment, "completed", "100", decimal)).status()).isEqualTo(200);
        return payment;
    }

    @Test
    void a_signed_and_authenticated_callback_makes_the_payment_successful_and_keeps_only_brand_and_last4() {
        JsonObject payment = payment(2699, "automatic");
        String body = body(payment, "completed", "100", "26.99");
        Reply reply = callback(body);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().getString("status")).isEqualTo("SUCCESSFUL");
        JsonObject after = reload(payment);
        assertThat(after.getString("status")).isEqualTo("SUCCESSFUL");
        assertThat(after.getString("cardBrand")).isEqualTo("mc");
        assertThat(after.getString("cardLast4")).isEqualTo("4455");
        assertThat(after.toString()).doesNotContain("548888");

        Reply again = callback(body);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().getString("outcome")).isEqualTo("duplicate");
    }

    @Test
    void a_wrong_signature_is_401_and_changes_nothing() {
        JsonObject payment = payment(2699, "automatic");
        String body = body(payment, "completed", "100", "26.99");
        Map<String, String> headers = BogSimulator.goodHeaders(body);
        headers.put("Callback-Signature", BogSimulator.sign(body(payment, "completed", "100", "0.01")
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(callback(body, headers).status()).isEqualTo(401);
        headers.remove("Callback-Signature");
        assertThat(callback(body, headers).status()).isEqualTo(401);
        assertThat(reload(payment).getString("status")).isEqualTo("PENDING");
    }

    @Test
    void each_required_method_is_checked_oauth_api_key_and_hmac() {
        JsonObject payment = payment(2699, "automatic");
        String body = body(payment, "completed", "100", "26.99");

        Map<String, String> noToken = BogSimulator.goodHeaders(body);
        noToken.remove("Authorization");
        assertThat(callback(body, noToken).status()).isEqualTo(401);
        Map<String, String> madeUpToken = BogSimulator.goodHeaders(body);
        madeUpToken.put("Authorization", "Bearer " + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32]));
        assertThat(callback(body, madeUpToken).status()).isEqualTo(401);
        Map<String, String> wrongKey = BogSimulator.goodHeaders(body);
        wrongKey.put("X-API-Key", "it-bog-api-kez");
        assertThat(callback(body, wrongKey).status()).isEqualTo(401);
        Map<String, String> wrongHmac = BogSimulator.goodHeaders(body);
        wrongHmac.put("X-Signature", BogSimulator.hmac(body + " "));
        assertThat(callback(body, wrongHmac).status()).isEqualTo(401);
        assertThat(reload(payment).getString("status")).isEqualTo("PENDING");

        assertThat(callback(body, BogSimulator.goodHeaders(body)).status()).isEqualTo(200);
        assertThat(reload(payment).getString("status")).isEqualTo("SUCCESSFUL");
    }

    @Test
    void the_hub_s_oauth_endpoint_issues_tokens_only_to_bog_s_client_credentials() {
        Reply good = BogSimulator.hubToken("it-bog-client", "it-bog-secret");
        assertThat(good.status()).isEqualTo(200);
        assertThat(good.json().getString("token_type")).isEqualTo("Bearer");
        assertThat(good.json().getInt("expires_in")).isPositive();
        assertThat(good.json().getJsonNumber("created_at").longValue()).isPositive();
        assertThat(good.header("Cache-Control")).isEqualTo("no-store");

        Reply wrong = BogSimulator.hubToken("it-bog-client", "guess");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().getString("error")).isEqualTo("invalid_client");
        assertThat(wrong.body()).doesNotContain("guess");

        Reply grant = Hub.postForm("/api/v1/callbacks/bog/oauth/token",
                "grant_type=password&client_id=it-bog-client&client_secret=it-bog-secret");
        assertThat(grant.status()).isEqualTo(400);
        assertThat(grant.json().getString("error")).isEqualTo("unsupported_grant_type");

        Reply basic = Hub.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Hub.URL
                        + "/api/v1/callbacks/bog/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", BogSimulator.BASIC)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
        assertThat(basic.status()).isEqualTo(200);
        assertThat(basic.json().getString("access_token")).isNotBlank();
    }

    @Test
    void an_amount_that_differs_from_the_payment_is_409_and_changes_nothing() {
        JsonObject payment = payment(2699, "automatic");
        assertThat(callback(body(payment, "completed", "100", "26.98")).status()).isEqualTo(409);
        Reply otherCurrency = callback(callbackJson(receiptJson(payment.getString("gatewayUid"), payment.getString("id"),
                "completed", "100", "26.99", "USD")));
        assertThat(otherCurrency.status()).isEqualTo(409);
        assertThat(reload(payment).getString("status")).isEqualTo("PENDING");
    }

    @Test
    void a_callback_for_no_payment_is_404_and_an_unreadable_one_400() {
        assertThat(callback(callbackJson(receiptJson("ord-none", "pay_none", "completed", "100", "1.00", "GEL")))
                .status()).isEqualTo(404);
        assertThat(callback("{\"event\":\"something_else\",\"body\":{}}").status()).isEqualTo(400);
    }

    @Test
    void the_return_is_confirmed_by_the_receipt_not_by_the_browser() {
        JsonObject payment = payment(2699, "automatic");
        String orderId = payment.getString("gatewayUid");
        BOG.receipt(orderId, okJson(receiptJson(orderId, payment.getString("id"), "processing", "", "26.99", "GEL")));
        Reply forged = Hub.get("/api/v1/return/bog?token=" + payment.getString("token") + "&status=completed", null);
        assertThat(forged.status()).isEqualTo(302);
        assertThat(forged.header("Location")).contains("status=PENDING");

        BOG.receipt(orderId, okJson(receiptJson(orderId, payment.getString("id"), "completed", "100", "26.99", "GEL")));
        Reply back = Hub.get("/api/v1/return/bog?token=" + payment.getString("token"), null);
        assertThat(back.status()).isEqualTo(302);
        assertThat(back.header("Location")).contains("status=SUCCESSFUL");
        assertThat(BOG.gets("/payments/v1/receipt/" + orderId)).hasSize(2)
                .allMatch(r -> r.getHeader("Authorization").startsWith("Bearer "));
    }

    @Test
    void a_receipt_that_does_not_come_in_time_leaves_the_payment_as_it_was() {
        JsonObject payment = payment(2699, "automatic");
        String orderId = payment.getString("gatewayUid");
        BOG.receipt(orderId, okJson(receiptJson(orderId, payment.getString("id"), "completed", "100", "26.99", "GEL"))
                .withFixedDelay(4000));
        Reply back = Hub.get("/api/v1/return/bog?token=" + payment.getString("token"), null);
        assertThat(back.status()).isEqualTo(302);
        assertThat(back.header("Location")).contains("status=PENDING");
        assertThat(reload(payment).getString("status")).isEqualTo("PENDING");
    }

    @Test
    void a_full_refund_is_sent_without_an_amount() {
        JsonObject payment = paid(2699, "26.99");
        String orderId = payment.getString("gatewayUid");
        BOG.operationAnswers("refund", orderId, BogSimulator.accepted("act-full"));

        Reply refund = Hub.post("/api/v1/payments/" + payment.getString("id") + "/refunds", Hub.APP1_KEY, "{}");
        assertThat(refund.status()).isEqualTo(201);
        assertThat(refund.json().getString("status")).isEqualTo("SUCCEEDED");
        assertThat(reload(payment).getString("status")).isEqualTo("REFUNDED");
        assertThat(BogSimulator.json(BOG.posts("/payments/v1/payment/refund/" + orderId).get(0)).containsKey("amount"))
                .isFalse();

        Reply told = callback(body(payment, "refunded", "100", "26.99"));
        assertThat(told.status()).isEqualTo(200);
        assertThat(told.json().getString("status")).isEqualTo("REFUNDED");
    }

    @Test
    void a_partial_refund_is_sent_in_decimal_units() {
        JsonObject payment = paid(2699, "26.99");
        String orderId = payment.getString("gatewayUid");
        BOG.operationAnswers("refund", orderId, BogSimulator.accepted("act-part"));

        Reply refund = Hub.post("/api/v1/payments/" + payment.getString("id") + "/refunds", Hub.APP1_KEY, "{\"amount\":550}");
        assertThat(refund.status()).isEqualTo(201);
        assertThat(refund.json().getString("status")).isEqualTo("SUCCEEDED");
        assertThat(reload(payment).getString("status")).isEqualTo("PARTIALLY_REFUNDED");
        JsonObject request = BogSimulator.json(BOG.posts("/payments/v1/payment/refund/" + orderId).get(0));
        assertThat(request.getJsonNumber("amount").toString()).isEqualTo("5.50");
        String key = BOG.posts("/payments/v1/payment/refund/" + orderId).get(0).getHeader("Idempotency-Key");
        assertThat(key).as("BOG's Idempotency-Key, derived from the hub's refund: a resend is answered, not redone")
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

        assertThat(Hub.post("/api/v1/payments/" + payment.getString("id") + "/refunds", Hub.APP1_KEY,
                "{\"amount\":100}").status()).isEqualTo(201);
        assertThat(BOG.posts("/payments/v1/payment/refund/" + orderId).stream()
                .map(sent -> sent.getHeader("Idempotency-Key")).distinct()).as("another refund, another key").hasSize(2);
    }

    @Test
    void a_refund_bog_answers_500_to_is_kept_pending() {
        JsonObject payment = paid(2699, "26.99");
        BOG.operationAnswers("refund", payment.getString("gatewayUid"), aResponse().withStatus(503));
        Reply refund = Hub.post("/api/v1/payments/" + payment.getString("id") + "/refunds", Hub.APP1_KEY, "{}");
        assertThat(refund.status()).isEqualTo(201);
        assertThat(refund.json().getString("status")).isEqualTo("PENDING");
        assertThat(reload(payment).getString("status")).isEqualTo("SUCCESSFUL");
    }

    static JsonObject authorized(long amount, String decimal) {
        JsonObject payment = payment(amount, "manual");
        assertThat(BogSimulator.json(BOG.posts(BogSimulator.ORDERS).get(BOG.posts(BogSimulator.ORDERS).size() - 1))
                .getString("capture")).isEqualTo("manual");
        Reply blocked = callback(body(payment, "blocked", "200", decimal));
        assertThat(blocked.status()).isEqualTo(200);
        assertThat(blocked.json().getString("status")).isEqualTo("AUTHORIZED");
        return payment;
    }

    @Test
    void a_pre_authorization_is_approved_partially_in_decimal_units() {
        JsonObject payment = authorized(2699, "26.99");
        String orderId = payment.getString("gatewayUid");
        BOG.operationAnswers("authorization/approve", orderId, BogSimulator.accepted("act-approve"));

        Reply captured = Hub.post("/api/v1/payments/" + payment.getString("id") + "/capture", Hub.APP1_KEY,
                "{\"amount\":2000}");
        assertThat(captured.status()).isEqualTo(200);
        assertThat(captured.json().getString("status")).isEqualTo("SUCCESSFUL");
        JsonObject request = BogSimulator.json(BOG.posts("/payments/v1/payment/authorization/approve/" + orderId).get(0));
        assertThat(request.getJsonNumber("amount").toString()).isEqualTo("20.00");
    }

    @Test
    void a_full_approval_is_sent_without_an_amount_and_a_cancel_voids_the_authorization() {
        JsonObject approved = authorized(2699, "26.99");
        String approvedOrder = approved.getString("gatewayUid");
        BOG.operationAnswers("authorization/approve", approvedOrder, BogSimulator.accepted("act-approve-all"));
        assertThat(Hub.post("/api/v1/payments/" + approved.getString("id") + "/capture", Hub.APP1_KEY, "{}").status())
                .isEqualTo(200);
        assertThat(BogSimulator.json(BOG.posts("/payments/v1/payment/authorization/approve/" + approvedOrder).get(0))
                .containsKey("amount")).isFalse();

        JsonObject payment = authorized(1000, "10.00");
        String orderId = payment.getString("gatewayUid");
        BOG.operationAnswers("authorization/cancel", orderId, BogSimulator.accepted("act-cancel"));
        Reply cancelled = Hub.post("/api/v1/payments/" + payment.getString("id") + "/cancel", Hub.APP1_KEY, "{}");
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
        assertThat(BOG.posts("/payments/v1/payment/authorization/cancel/" + orderId)).hasSize(1);
    }

    @Test
    void a_flood_of_requests_to_the_bog_endpoints_is_refused_with_429() throws InterruptedException {
        int limited = 0;
        for (int i = 0; i < 200 && limited == 0; i++) {
            if (BogSimulator.hubToken("it-bog-client", "flood").status() == 429) {
                limited++;
            }
        }
        assertThat(limited).isPositive();
        Thread.sleep(6000); // the bucket refills before the next test
        Map<String, String> none = new HashMap<>();
        assertThat(Hub.postRaw("/api/v1/callbacks/bog", "{}".getBytes(StandardCharsets.UTF_8), none).status())
                .isNotEqualTo(429);
    }
}
