package io.paymenthub.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.paymenthub.it.BeGatewaySimulator.transaction;
import static io.paymenthub.it.BeGatewaySimulator.webhook;
import static io.paymenthub.it.BogSimulator.callback;
import static io.paymenthub.it.BogSimulator.callbackJson;
import static io.paymenthub.it.BogSimulator.receiptJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.it.Hub.Reply;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a gateway reports in its own time, against what the hub asked of it: a capture reported before (or instead
 * of) its own answer, a payment the gateway says it refunded while the hub's refund waits, an authorization held
 * past its lifetime, a checkout that closes when its payment expires. BeGateway and BOG simulated over HTTP;
 * the server's payments expire after 1 minute and its authorizations after 90 s (arquillian.xml).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CapturesRefundsAndHoldsIT {

    private static final BeGatewaySimulator BEGATEWAY = new BeGatewaySimulator();
    private static final BogSimulator BOG = new BogSimulator();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @BeforeAll
    static void startGateways() {
        BEGATEWAY.server.start();
        BOG.server.start();
        // a cold server's first BOG order (a token, then the order) may outlast the 2 s gateway timeout: made here,
        // its outcome not asserted, so that no test depends on when it runs
        BOG.issuesToken("tok-holds", 3600);
        BOG.opensOrder("ord-warm-up");
        Hub.post("/api/v1/payments", Hub.APP1_KEY,
                "{\"gateway\":\"bog\",\"amount\":100,\"currency\":\"GEL\",\"description\":\"Warm-up\"}");
    }

    @AfterAll
    static void stopGateways() {
        BEGATEWAY.server.stop();
        BOG.server.stop();
    }

    @BeforeEach
    void reset() {
        BEGATEWAY.server.resetAll();
        BOG.server.resetAll();
        BOG.issuesToken("tok-holds", 3600);
    }

    // BeGateway

    static JsonObject beGatewayPayment(long amount, String capture) {
        BEGATEWAY.opensCheckout("chk_holds_" + SEQUENCE.incrementAndGet());
        Reply created = Hub.post("/api/v1/payments", Hub.APP1_KEY, "{\"gateway\":\"begateway\",\"amount\":" + amount
                + ",\"currency\":\"EUR\",\"description\":\"Test order\",\"capture\":\"" + capture + "\"}");
        assertThat(created.status()).isEqualTo(201);
        return created.json();
    }

    static JsonObject beGatewayAuthorized(long amount, String uid) {
        JsonObject payment = beGatewayPayment(amount, "manual");
        assertThat(webhook(BeGatewayCallbacksIT.notification(payment, uid, "authorization", "successful", amount))
                .status()).isEqualTo(200);
        assertThat(reload(payment).getString("status")).isEqualTo("AUTHORIZED");
        return payment;
    }

    @Test
    void a_partial_captures_webhook_that_comes_before_its_answer_records_what_was_captured() throws Exception {
        String authorization = "auth-early-" + SEQUENCE.incrementAndGet();
        JsonObject payment = beGatewayAuthorized(1000, authorization);
        String paymentId = payment.getString("id");
        BEGATEWAY.transactionAnswers("captures", transaction("cap-early", "successful", authorization)
                .withFixedDelay(1500));

        CompletableFuture<Reply> capture = CompletableFuture.supplyAsync(() -> Hub.post(
                "/api/v1/payments/" + paymentId + "/capture", Hub.APP1_KEY, "{\"amount\":600}"));
        NotifyReceiver.await("the capture reaches the gateway", Duration.ofSeconds(10),
                () -> !BEGATEWAY.requestsTo("/transactions/captures").isEmpty());
        // BeGateway's webhook of the capture, sent while the capture's own answer is still on its way
        assertThat(webhook(captureWebhook(paymentId, authorization, 600)).status()).isEqualTo(200);
        assertThat(capture.get().status()).isEqualTo(200);

        JsonObject after = reload(payment);
        assertThat(after.getString("status")).isEqualTo("SUCCESSFUL");
        assertThat(after.getJsonNumber("capturedAmount").longValue()).isEqualTo(600);
        assertThat(Hub.post("/api/v1/payments/" + paymentId + "/refunds", Hub.APP1_KEY, "{\"amount\":700}").status())
                .as("the refund limit is what was captured").isEqualTo(422);
        JsonObject receipt = Hub.get("/api/v1/payments/" + paymentId + "/receipt", Hub.APP1_KEY).json();
        assertThat(receipt.getJsonNumber("amount").longValue()).isEqualTo(600);
    }

    @Test
    void a_partial_capture_whose_answer_and_webhook_were_lost_is_found_by_a_poll_as_asked() {
        String authorization = "auth-lost-" + SEQUENCE.incrementAndGet();
        JsonObject payment = beGatewayAuthorized(1000, authorization);
        String paymentId = payment.getString("id");
        BEGATEWAY.transactionAnswers("captures", transaction("cap-lost", "successful", authorization)
                .withFixedDelay(3000));
        Reply capture = Hub.post("/api/v1/payments/" + paymentId + "/capture", Hub.APP1_KEY, "{\"amount\":350}");
        assertThat(capture.status()).isEqualTo(200);
        assertThat(capture.json().getString("status")).as("the capture's outcome is not known").isEqualTo("AUTHORIZED");

        // the gateway's list of the payment's transactions names the capture, without its amount
        listsTransactions(paymentId, """
                        {"transactions":[
                         {"uid":"cap-lost","type":"capture","status":"successful","parent_uid":"%s"},
                         {"uid":"%s","type":"authorization","status":"successful","amount":1000,"currency":"EUR"}]}
                        """.formatted(authorization, authorization));
        JsonObject polled = Hub.get("/api/v1/payments/" + paymentId + "?refresh=true", Hub.APP1_KEY).json();
        assertThat(polled.getString("status")).isEqualTo("SUCCESSFUL");
        assertThat(polled.getJsonNumber("capturedAmount").longValue()).isEqualTo(350);
    }

    @Test
    void a_capture_whose_outcome_is_unknown_is_never_sent_twice_and_the_janitor_settles_it() throws Exception {
        String authorization = "auth-unknown-" + SEQUENCE.incrementAndGet();
        JsonObject payment = beGatewayAuthorized(1000, authorization);
        String paymentId = payment.getString("id");
        BEGATEWAY.transactionAnswers("captures", transaction("cap-unknown", "successful", authorization)
                .withFixedDelay(3000));
        Reply capture = Hub.post("/api/v1/payments/" + paymentId + "/capture", Hub.APP1_KEY, "{\"amount\":400}");
        assertThat(capture.status()).isEqualTo(200);
        assertThat(capture.json().getString("status")).as("the capture's outcome is not known").isEqualTo("AUTHORIZED");

        // the merchant retries, with a new key and without one: refused before the gateway is asked again
        Reply retry = Hub.post("/api/v1/payments/" + paymentId + "/capture", Hub.APP1_KEY, "{\"amount\":400}",
                "Idempotency-Key", "capture-retry-" + paymentId);
        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.json().getString("code")).isEqualTo("idempotency_in_progress");
        assertThat(Hub.post("/api/v1/payments/" + paymentId + "/capture", Hub.APP1_KEY, "{}").status())
                .isEqualTo(409);
        assertThat(Hub.post("/api/v1/payments/" + paymentId + "/cancel", Hub.APP1_KEY, "").status())
                .as("no void while a capture may have been taken").isEqualTo(409);
        assertThat(BEGATEWAY.requestsTo("/transactions/captures")).as("one capture call").hasSize(1);
        assertThat(BEGATEWAY.requestsTo("/transactions/voids")).isEmpty();

        // the janitor's poll finds the capture among the payment's transactions
        listsTransactions(paymentId, """
                        {"transactions":[
                         {"uid":"cap-unknown","type":"capture","status":"successful","parent_uid":"%s"},
                         {"uid":"%s","type":"authorization","status":"successful","amount":1000,"currency":"EUR"}]}
                        """.formatted(authorization, authorization));
        NotifyReceiver.await("the janitor finds the capture", Duration.ofSeconds(40),
                () -> reload(payment).getString("status").equals("SUCCESSFUL"));
        assertThat(reload(payment).getJsonNumber("capturedAmount").longValue()).isEqualTo(400);
        assertThat(BEGATEWAY.requestsTo("/transactions/captures")).hasSize(1);
    }

    @Test
    void a_capture_answered_5xx_blocks_retries_until_the_janitor_finds_the_authorization_uncaptured()
            throws Exception {
        String authorization = "auth-5xx-" + SEQUENCE.incrementAndGet();
        JsonObject payment = beGatewayAuthorized(1000, authorization);
        String paymentId = payment.getString("id");
        BEGATEWAY.transactionAnswers("captures", BeGatewaySimulator.status(502));
        String key = "capture-" + paymentId;
        Hub.post("/api/v1/payments/" + paymentId + "/capture", Hub.APP1_KEY, "{\"amount\":300}");
        assertThat(Hub.post("/api/v1/payments/" + paymentId + "/capture", Hub.APP1_KEY, "{\"amount\":300}",
                "Idempotency-Key", key).status()).isEqualTo(409);
        assertThat(BEGATEWAY.requestsTo("/transactions/captures")).as("one capture call").hasSize(1);

        // the gateway's transactions show the authorization alone: after the grace the request is cleared
        listsTransactions(paymentId, """
                        {"transactions":[
                         {"uid":"%s","type":"authorization","status":"successful","amount":1000,"currency":"EUR"}]}
                        """.formatted(authorization));
        BEGATEWAY.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                        com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/transactions/" + authorization))
                .willReturn(okJson("""
                        {"transaction":{"uid":"%s","type":"authorization","status":"successful","amount":1000,
                         "currency":"EUR","tracking_id":"%s"}}
                        """.formatted(authorization, paymentId))));
        BEGATEWAY.transactionAnswers("captures", transaction("cap-again", "successful", authorization));
        // the 409 was not kept for the key: its retry runs once the janitor has cleared the capture
        NotifyReceiver.await("the janitor clears the unconfirmed capture", Duration.ofSeconds(60),
                () -> Hub.post("/api/v1/payments/" + paymentId + "/capture", Hub.APP1_KEY, "{\"amount\":300}",
                        "Idempotency-Key", key).status() == 200);
        JsonObject after = reload(payment);
        assertThat(after.getString("status")).isEqualTo("SUCCESSFUL");
        assertThat(after.getJsonNumber("capturedAmount").longValue()).isEqualTo(300);
        assertThat(BEGATEWAY.requestsTo("/transactions/captures")).hasSize(2);
    }

    /** BeGateway's list of the payment's transactions, which its poll searches for a capture. */
    private static void listsTransactions(String paymentId, String transactions) {
        BEGATEWAY.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                        com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(
                                "/v2/transactions/tracking_id/" + paymentId))
                .willReturn(okJson(transactions)));
    }

    /** The documented webhook of a capture transaction, naming its payment by tracking id. */
    private static String captureWebhook(String paymentId, String authorization, long amount) {
        return """
                {"transaction":{"uid":"cap-early","parent_uid":"%s","status":"successful",
                 "message":"Successfully processed","amount":%d,"currency":"EUR","type":"capture","tracking_id":"%s",
                 "test":true}}
                """.formatted(authorization, amount, paymentId);
    }

    @Test
    void an_authorization_outlives_the_pending_ttl_and_is_voided_after_its_own_an_unknown_void_retried()
            throws Exception {
        Instant created = Instant.now();
        JsonObject payment = beGatewayAuthorized(800, "auth-hold-" + SEQUENCE.incrementAndGet());
        BEGATEWAY.transactionAnswers("voids", BeGatewaySimulator.status(500));

        // past the payments' 1-minute time to live: the hold is kept, the gateway not asked to release it
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), created.plusSeconds(75)).toMillis()));
        assertThat(reload(payment).getString("status")).isEqualTo("AUTHORIZED");
        assertThat(BEGATEWAY.requestsTo("/transactions/voids")).isEmpty();

        // past its own 90 s: voided; a void whose outcome is unknown changes nothing and is tried again
        NotifyReceiver.await("the janitor voids the authorization twice", Duration.ofSeconds(60),
                () -> BEGATEWAY.requestsTo("/transactions/voids").size() >= 2);
        JsonObject held = reload(payment);
        assertThat(held.getString("status")).isEqualTo("AUTHORIZED");
        assertThat(held.getJsonArray("events").getValuesAs(JsonObject.class))
                .anyMatch(e -> e.getString("detail", "").startsWith("authorization expired: void undefined"));
        assertThat(BeGatewaySimulator.json(BEGATEWAY.requestsTo("/transactions/voids").get(0))
                .getJsonObject("request").getString("parent_uid")).isEqualTo(held.getString("gatewayUid"));

        BEGATEWAY.transactionAnswers("voids", transaction("void-hold", "successful", held.getString("gatewayUid")));
        NotifyReceiver.await("the authorization expires once voided", Duration.ofSeconds(30),
                () -> "EXPIRED".equals(reload(payment).getString("status")));
        JsonObject expired = reload(payment);
        assertThat(expired.getJsonArray("events").getValuesAs(JsonObject.class))
                .anyMatch(e -> "EXPIRED".equals(e.getString("to", null)) && "APPLIED".equalsIgnoreCase(e.getString("outcome"))
                        && e.getString("detail", "").equals("authorization expired: voided at the gateway"));
    }

    @Test
    void a_beGateway_checkout_closes_when_its_payment_expires_and_a_payment_made_after_a_cancel_is_a_late_success() {
        JsonObject payment = beGatewayPayment(300, "automatic");
        JsonObject order = BeGatewaySimulator.json(BEGATEWAY.server.getAllServeEvents().stream()
                        .filter(e -> e.getRequest().getUrl().equals(BeGatewaySimulator.CHECKOUTS)).findFirst().orElseThrow()
                        .getRequest())
                .getJsonObject("checkout").getJsonObject("order");
        Instant createdAt = Instant.parse(payment.getString("createdAt"));
        assertThat(java.time.OffsetDateTime.parse(order.getString("expired_at")).toInstant())
                .as("the payment's 1-minute time to live").isEqualTo(createdAt.plus(Duration.ofMinutes(1))
                        .truncatedTo(ChronoUnit.SECONDS));

        Reply cancelled = Hub.post("/api/v1/payments/" + payment.getString("id") + "/cancel", Hub.APP1_KEY, "{}");
        assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
        assertThat(webhook(BeGatewayCallbacksIT.notification(payment, "uid-late", "payment", "successful", 300))
                .status()).isEqualTo(200);
        JsonObject late = reload(payment);
        assertThat(late.getString("status")).isEqualTo("SUCCESSFUL");
        assertThat(late.getBoolean("lateSuccess")).isTrue();
    }

    // Bank of Georgia

    static JsonObject bogPayment(long amount, String capture) {
        return BOG.payment(amount, capture);
    }

    static String bogCallback(JsonObject payment, String key, String code, String amount) {
        return callbackJson(receiptJson(payment.getString("gatewayUid"), payment.getString("id"), key, code, amount,
                "GEL"));
    }

    /** A receipt as BOG sends it when it does not say what it took: no {@code transfer_amount}. */
    static String receiptWithoutTransfer(JsonObject payment, String key, String code, String amount) {
        return receiptJson(payment.getString("gatewayUid"), payment.getString("id"), key, code, amount, "GEL")
                .replace(",\"transfer_amount\":\"" + amount + "\"", "");
    }

    static JsonObject bogAuthorized(long amount, String decimal) {
        JsonObject payment = bogPayment(amount, "manual");
        assertThat(callback(bogCallback(payment, "blocked", "200", decimal)).status()).isEqualTo(200);
        assertThat(reload(payment).getString("status")).isEqualTo("AUTHORIZED");
        return payment;
    }

    @Test
    void a_partial_approval_whose_answer_timed_out_is_recorded_as_asked_when_bogs_callback_comes() {
        JsonObject payment = bogAuthorized(1000, "10.00");
        String orderId = payment.getString("gatewayUid");
        BOG.operationAnswers("authorization/approve", orderId, BogSimulator.accepted("act-slow").withFixedDelay(3000));

        Reply capture = Hub.post("/api/v1/payments/" + payment.getString("id") + "/capture", Hub.APP1_KEY,
                "{\"amount\":600}");
        assertThat(capture.status()).isEqualTo(200);
        assertThat(capture.json().getString("status")).as("the approval's outcome is not known").isEqualTo("AUTHORIZED");

        // BOG's callback of the completed order: the ordered amount, nothing about what it took
        String body = callbackJson(receiptWithoutTransfer(payment, "completed", "100", "10.00"));
        assertThat(callback(body).status()).isEqualTo(200);
        JsonObject after = reload(payment);
        assertThat(after.getString("status")).isEqualTo("SUCCESSFUL");
        assertThat(after.getJsonNumber("capturedAmount").longValue()).isEqualTo(600);
        assertThat(Hub.get("/api/v1/payments/" + payment.getString("id") + "/receipt", Hub.APP1_KEY).json()
                .getJsonNumber("amount").longValue()).isEqualTo(600);
    }

    @Test
    void a_partial_approval_whose_answer_timed_out_is_recorded_as_asked_when_a_poll_finds_it() {
        JsonObject payment = bogAuthorized(1000, "10.00");
        String orderId = payment.getString("gatewayUid");
        BOG.operationAnswers("authorization/approve", orderId, BogSimulator.accepted("act-slow").withFixedDelay(3000));
        assertThat(Hub.post("/api/v1/payments/" + payment.getString("id") + "/capture", Hub.APP1_KEY,
                "{\"amount\":250}").json().getString("status")).isEqualTo("AUTHORIZED");

        BOG.receipt(orderId, okJson(receiptWithoutTransfer(payment, "completed", "100", "10.00")));
        JsonObject polled = Hub.get("/api/v1/payments/" + payment.getString("id") + "?refresh=true", Hub.APP1_KEY)
                .json();
        assertThat(polled.getString("status")).isEqualTo("SUCCESSFUL");
        assertThat(polled.getJsonNumber("capturedAmount").longValue()).isEqualTo(250);
    }

    @Test
    void bogs_refunded_callback_while_the_hubs_refund_awaits_its_answer_settles_it_no_500() throws Exception {
        JsonObject payment = bogPayment(1000, "automatic");
        assertThat(callback(bogCallback(payment, "completed", "100", "10.00")).status()).isEqualTo(200);
        String orderId = payment.getString("gatewayUid");
        BOG.operationAnswers("refund", orderId, BogSimulator.accepted("act-refund").withFixedDelay(1500));

        CompletableFuture<Reply> refund = CompletableFuture.supplyAsync(() -> Hub.post(
                "/api/v1/payments/" + payment.getString("id") + "/refunds", Hub.APP1_KEY, "{\"amount\":400}"));
        NotifyReceiver.await("the refund reaches BOG", Duration.ofSeconds(10),
                () -> !BOG.posts("/payments/v1/payment/refund/" + orderId).isEmpty());
        // BOG reports the whole order refunded (the hub's 4.00 and 6.00 refunded in its back office)
        assertThat(callback(bogCallback(payment, "refunded", "100", "10.00")).status()).isEqualTo(200);

        Reply answer = refund.get();
        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().getString("status")).isEqualTo("SUCCEEDED");
        assertRefundedOnce(payment, 1000);
    }

    @Test
    void bogs_refunded_callback_settles_a_refund_left_pending_and_the_janitor_leaves_it_so() throws Exception {
        JsonObject payment = bogPayment(1000, "automatic");
        assertThat(callback(bogCallback(payment, "completed", "100", "10.00")).status()).isEqualTo(200);
        String orderId = payment.getString("gatewayUid");
        BOG.operationAnswers("refund", orderId, aResponse().withStatus(503));
        Reply refund = Hub.post("/api/v1/payments/" + payment.getString("id") + "/refunds", Hub.APP1_KEY,
                "{\"amount\":1000}");
        assertThat(refund.json().getString("status")).isEqualTo("PENDING");

        assertThat(callback(bogCallback(payment, "refunded", "100", "10.00")).status()).isEqualTo(200);
        assertRefundedOnce(payment, 1000);
        // the janitor asks BOG about the refund it had left pending; BOG says refunded: settled once, nothing added
        BOG.receipt(orderId, okJson(receiptJson(orderId, payment.getString("id"), "refunded", "100", "10.00", "GEL")));
        Thread.sleep(17_000);
        assertRefundedOnce(payment, 1000);
    }

    private static void assertRefundedOnce(JsonObject payment, long captured) {
        JsonObject after = reload(payment);
        assertThat(after.getString("status")).isEqualTo("REFUNDED");
        assertThat(after.getJsonNumber("refundedAmount").longValue()).isEqualTo(captured);
        long succeeded = 0;
        for (JsonObject r : after.getJsonArray("refunds").getValuesAs(JsonObject.class)) {
            assertThat(r.getString("status")).isEqualTo("SUCCEEDED");
            succeeded += r.getJsonNumber("amount").longValue();
        }
        assertThat(succeeded).as("the refunds add up to what was captured, never more").isEqualTo(captured);
    }

    @Test
    void a_bog_order_lives_as_long_as_its_payment() {
        bogPayment(500, "automatic");
        JsonObject order = BogSimulator.json(BOG.posts(BogSimulator.ORDERS).get(0));
        assertThat(order.getInt("ttl")).as("the payment's 1 minute, raised to BOG's least, 2").isEqualTo(2);
    }

    static JsonObject reload(JsonObject payment) {
        return Hub.get("/api/v1/payments/" + payment.getString("id"), Hub.APP1_KEY).json();
    }
}
