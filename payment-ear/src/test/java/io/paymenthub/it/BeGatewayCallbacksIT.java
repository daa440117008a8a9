package io.paymenthub.it;

import static io.paymenthub.it.BeGatewaySimulator.transaction;
import static io.paymenthub.it.BeGatewaySimulator.webhook;
import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.it.Hub.Reply;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** BeGateway telling the hub what happened: signed webhooks, the confirmed return, refunds, captures, voids. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BeGatewayCallbacksIT {

    private static final BeGatewaySimulator GATEWAY = new BeGatewaySimulator();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @BeforeAll
    static void startGateway() {
        GATEWAY.server.start();
    }

    @AfterAll
    static void stopGateway() {
        GATEWAY.server.stop();
    }

    @BeforeEach
    void reset() {
        GATEWAY.server.resetAll();
    }

    /** A BeGateway payment of {@code amount} EUR cents, its checkout opened with a fresh token. */
    static JsonObject payment(long amount, String capture) {
        String checkoutToken = "chk_" + SEQUENCE.incrementAndGet();
        GATEWAY.opensCheckout(checkoutToken);
        Reply created = Hub.post("/api/v1/payments", Hub.APP1_KEY, "{\"gateway\":\"begateway\",\"amount\":" + amount
                + ",\"currency\":\"EUR\",\"description\":\"Test order\",\"capture\":\"" + capture + "\"}");
        assertThat(created.status()).isEqualTo(201);
        return created.json();
    }

    /** The documented webhook shape, as BeGateway's PHP SDK fixture has it. */
    static String notification(JsonObject payment, String uid, String type, String status, long amount) {
        return notification(payment.getString("id"), uid, type, status, amount);
    }

    static String notification(String paymentId, String uid, String type, String status, long amount) {
        return """
                {"transaction":{"customer":{"ip":"127.0.0.1","email":"john@example.com"},
                 "credit_card":{"holder":"John Doe","stamp":"3709786942408b77","token":"d46d77d181e34554","brand":"visa",
                  "last_4":"4242","first_1":"4","exp_month":5,"exp_year":2030},
                 "payment":{"auth_code":"654321","rrn":"999","status":"%s"},
                 "uid":"%s","status":"%s","message":"Successfully processed","amount":%d,"test":true,"currency":"EUR",
                 "description":"Test order","type":"%s","tracking_id":"%s","payment_method_type":"credit_card"}}
                """.formatted(status, uid, status, amount, type, paymentId);
    }

    static JsonObject reload(JsonObject payment) {
        return Hub.get("/api/v1/payments/" + payment.getString("id"), Hub.APP1_KEY).json();
    }

    static JsonObject paid(long amount, String uid) {
        JsonObject payment = payment(amount, "automatic");
        assertThat(webhook(notification(payment, uid, "payment", "successful", amount)).status()).isEqualTo(200);
        return payment;
    }

    @Test
    void a_signed_webhook_makes_the_payment_successful_and_keeps_only_brand_and_last_four() {
        JsonObject payment = payment(200, "automatic");
        Reply answer = webhook(notification(payment, "uid-ok", "payment", "successful", 200));
        assertThat(answer.status()).isEqualTo(200);

        JsonObject paid = reload(payment);
        assertThat(paid.getString("status")).isEqualTo("SUCCESSFUL");
        assertThat(paid.getString("gatewayUid")).isEqualTo("uid-ok");
        assertThat(paid.getString("cardBrand")).isEqualTo("visa");
        assertThat(paid.getString("cardLast4")).isEqualTo("4242");

        Reply duplicate = webhook(notification(payment, "uid-ok", "payment", "successful", 200));
        assertThat(duplicate.status()).isEqualTo(200);
        assertThat(duplicate.json().getString("outcome")).isEqualTo("duplicate");
    }

    @Test
    void a_webhook_that_comes_before_the_checkouts_answer_is_kept_and_its_uid_refunds_the_payment() {
        GATEWAY.opensCheckoutAfterItsWebhook("chk_" + SEQUENCE.incrementAndGet(),
                paymentId -> notification(paymentId, "uid-early", "payment", "successful", 200));
        Reply created = Hub.post("/api/v1/payments", Hub.APP1_KEY,
                "{\"gateway\":\"begateway\",\"amount\":200,\"currency\":\"EUR\",\"description\":\"Test order\"}");
        assertThat(GATEWAY.webhookAnswer().status()).isEqualTo(200);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().getString("status")).isEqualTo("SUCCESSFUL");

        JsonObject paid = reload(created.json());
        assertThat(paid.getString("status")).isEqualTo("SUCCESSFUL");
        assertThat(paid.getString("gatewayUid")).isEqualTo("uid-early");
        GATEWAY.transactionAnswers("refunds", transaction("r-early", "successful", "uid-early"));
        Reply refund = Hub.post("/api/v1/payments/" + paid.getString("id") + "/refunds", Hub.APP1_KEY, "{}");
        assertThat(refund.status()).isEqualTo(201);
        assertThat(BeGatewaySimulator.json(GATEWAY.requestsTo("/transactions/refunds").get(0))
                .getJsonObject("request").getString("parent_uid")).isEqualTo("uid-early");
    }

    @Test
    void the_seeds_flat_webhook_is_correlated_by_payment_token_id() {
        JsonObject payment = payment(200, "automatic");
        String body = "{\"payment_token_id\":\"" + payment.getString("token") + "\",\"status\":\"declined\","
                + "\"uid\":\"uid-flat\",\"metadata\":{\"payment_token_id\":\"" + payment.getString("token") + "\"}}";
        assertThat(webhook(body).status()).isEqualTo(200);
        assertThat(reload(payment).getString("status")).isEqualTo("DECLINED");
    }

    @Test
    void a_wrong_signature_is_refused_with_401_and_changes_nothing() {
        JsonObject payment = payment(200, "automatic");
        String body = notification(payment, "uid-forged", "payment", "successful", 200);
        String otherSignature = BeGatewaySimulator.sign((body + " ").getBytes(StandardCharsets.UTF_8));
        assertThat(webhook(body, BeGatewaySimulator.BASIC, otherSignature).status()).isEqualTo(401);
        assertThat(webhook(body, BeGatewaySimulator.BASIC, "Zm9yZ2Vk").status()).isEqualTo(401);
        assertThat(reload(payment).getString("status")).isEqualTo("PENDING");
    }

    @Test
    void wrong_basic_auth_is_refused_with_401_even_when_signed() {
        JsonObject payment = payment(200, "automatic");
        String body = notification(payment, "uid-auth", "payment", "successful", 200);
        String signature = BeGatewaySimulator.sign(body.getBytes(StandardCharsets.UTF_8));
        assertThat(webhook(body, "Basic MzYxOndyb25n", signature).status()).isEqualTo(401);
        assertThat(webhook(body, null, signature).status()).isEqualTo(401);
        assertThat(reload(payment).getString("status")).isEqualTo("PENDING");
    }

    @Test
    void an_amount_mismatch_is_409_and_changes_nothing() {
        JsonObject payment = payment(200, "automatic");
        assertThat(webhook(notification(payment, "uid-cheap", "payment", "successful", 1)).status()).isEqualTo(409);
        assertThat(reload(payment).getString("status")).isEqualTo("PENDING");
    }

    @Test
    void a_forged_return_is_not_successful_while_the_status_api_says_pending() {
        JsonObject payment = payment(200, "automatic");
        String checkoutToken = payment.getJsonObject("checkout").getString("token");
        GATEWAY.checkoutStatus(checkoutToken, "{\"checkout\":{\"token\":\"" + checkoutToken + "\",\"finished\":false,"
                + "\"status\":\"pending\",\"order\":{\"amount\":200,\"currency\":\"EUR\"}}}");

        Reply back = Hub.get("/api/v1/return/begateway?token=" + payment.getString("token")
                + "&status=successful&uid=forged", null);
        assertThat(back.status()).isEqualTo(302);
        assertThat(back.header("Location")).contains("status=PENDING");
        assertThat(reload(payment).getString("status")).isEqualTo("PENDING");
    }

    @Test
    void a_return_confirmed_by_the_status_api_applies_what_the_gateway_says() {
        JsonObject payment = payment(200, "automatic");
        String checkoutToken = payment.getJsonObject("checkout").getString("token");
        GATEWAY.checkoutStatus(checkoutToken, "{\"checkout\":{\"token\":\"" + checkoutToken + "\",\"finished\":true,"
                + "\"transaction_type\":\"payment\",\"gateway_response\":{\"payment\":{\"uid\":\"uid-ret\","
                + "\"status\":\"successful\"}},\"order\":{\"amount\":200,\"currency\":\"EUR\"}}}");

        Reply back = Hub.get("/api/v1/return/begateway?token=" + payment.getString("token")
                + "&status=successful&uid=uid-ret", null);
        assertThat(back.status()).isEqualTo(302);
        assertThat(back.header("Location")).contains("status=SUCCESSFUL");
        assertThat(reload(payment).getString("gatewayUid")).isEqualTo("uid-ret");
    }

    @Test
    void a_partial_then_a_full_refund_go_to_the_transactions_api_with_the_parent_uid() {
        JsonObject payment = paid(200, "uid-refund");
        GATEWAY.transactionAnswers("refunds", transaction("r-1", "successful", "uid-refund"));

        Reply partial = Hub.post("/api/v1/payments/" + payment.getString("id") + "/refunds", Hub.APP1_KEY,
                "{\"amount\":50}");
        assertThat(partial.status()).isEqualTo(201);
        assertThat(partial.json().getString("status")).isEqualTo("SUCCEEDED");
        assertThat(reload(payment).getString("status")).isEqualTo("PARTIALLY_REFUNDED");
        JsonObject request = BeGatewaySimulator.json(GATEWAY.requestsTo("/transactions/refunds").get(0))
                .getJsonObject("request");
        assertThat(request.getString("parent_uid")).isEqualTo("uid-refund");
        assertThat(request.getJsonNumber("amount").longValue()).isEqualTo(50);
        assertThat(request.getString("reason")).isNotBlank();

        Reply rest = Hub.post("/api/v1/payments/" + payment.getString("id") + "/refunds", Hub.APP1_KEY,
                "{\"reason\":\"customer asked\"}");
        assertThat(rest.status()).isEqualTo(201);
        assertThat(reload(payment).getString("status")).isEqualTo("REFUNDED");
        JsonObject second = BeGatewaySimulator.json(GATEWAY.requestsTo("/transactions/refunds").get(1))
                .getJsonObject("request");
        assertThat(second.getJsonNumber("amount").longValue()).isEqualTo(150);
        assertThat(second.getString("reason")).isEqualTo("customer asked");
    }

    @Test
    void a_refund_the_gateway_answers_500_to_is_kept_pending_for_retry() {
        JsonObject payment = paid(200, "uid-refund-500");
        GATEWAY.transactionAnswers("refunds", BeGatewaySimulator.status(500));

        Reply refund = Hub.post("/api/v1/payments/" + payment.getString("id") + "/refunds", Hub.APP1_KEY, "{}");
        assertThat(refund.status()).isEqualTo(201);
        assertThat(refund.json().getString("status")).isEqualTo("PENDING");
        JsonObject after = reload(payment);
        assertThat(after.getString("status")).isEqualTo("SUCCESSFUL");
        assertThat(after.getJsonArray("refunds")).hasSize(1);
    }

    @Test
    void a_refund_left_pending_by_a_500_is_settled_by_the_janitor_once_the_gateway_knows() throws Exception {
        JsonObject payment = paid(200, "uid-refund-poll");
        GATEWAY.transactionAnswers("refunds", BeGatewaySimulator.status(500));
        Reply refund = Hub.post("/api/v1/payments/" + payment.getString("id") + "/refunds", Hub.APP1_KEY,
                "{\"amount\":50}");
        assertThat(refund.status()).isEqualTo(201);
        assertThat(refund.json().getString("status")).isEqualTo("PENDING");

        // The refund did happen at the gateway; only the answer was lost. Its status query now says so.
        String byTracking = "/v2/transactions/tracking_id/" + payment.getString("id");
        GATEWAY.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                        com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(byTracking))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("""
                        {"transactions":[
                         {"uid":"uid-refund-poll","type":"payment","status":"successful","amount":200,"currency":"EUR"},
                         {"uid":"r-poll","type":"refund","status":"successful","amount":50,"currency":"EUR",
                          "parent_uid":"uid-refund-poll","tracking_id":"%s"}]}
                        """.formatted(payment.getString("id")))));

        NotifyReceiver.await("the janitor settles the refund", java.time.Duration.ofSeconds(30),
                () -> "PARTIALLY_REFUNDED".equals(reload(payment).getString("status")));
        JsonObject after = reload(payment);
        assertThat(after.getJsonArray("refunds")).hasSize(1);
        assertThat(after.getJsonArray("refunds").getJsonObject(0).getString("status")).isEqualTo("SUCCEEDED");
        assertThat(GATEWAY.requestsTo("/transactions/refunds")).as("the refund is asked about, never sent again")
                .hasSize(1);
        assertThat(GATEWAY.server.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(byTracking)))).isNotEmpty();
    }

    @Test
    void an_authorization_is_captured_with_its_uid() {
        JsonObject payment = payment(200, "manual");
        assertThat(webhook(notification(payment, "auth-1", "authorization", "successful", 200)).status()).isEqualTo(200);
        assertThat(reload(payment).getString("status")).isEqualTo("AUTHORIZED");
        GATEWAY.transactionAnswers("captures", transaction("cap-1", "successful", "auth-1"));

        Reply captured = Hub.post("/api/v1/payments/" + payment.getString("id") + "/capture", Hub.APP1_KEY, "{}");
        assertThat(captured.status()).isEqualTo(200);
        assertThat(captured.json().getString("status")).isEqualTo("SUCCESSFUL");
        JsonObject request = BeGatewaySimulator.json(GATEWAY.requestsTo("/transactions/captures").get(0))
                .getJsonObject("request");
        assertThat(request.getString("parent_uid")).isEqualTo("auth-1");
        assertThat(request.getJsonNumber("amount").longValue()).isEqualTo(200);
    }

    @Test
    void an_authorization_is_voided_with_its_uid() {
        JsonObject payment = payment(200, "manual");
        assertThat(webhook(notification(payment, "auth-2", "authorization", "successful", 200)).status()).isEqualTo(200);
        GATEWAY.transactionAnswers("voids", transaction("void-1", "successful", "auth-2"));

        Reply voided = Hub.post("/api/v1/payments/" + payment.getString("id") + "/cancel", Hub.APP1_KEY, "{}");
        assertThat(voided.status()).isEqualTo(200);
        assertThat(voided.json().getString("status")).isEqualTo("CANCELLED");
        JsonObject request = BeGatewaySimulator.json(GATEWAY.requestsTo("/transactions/voids").get(0))
                .getJsonObject("request");
        assertThat(request.getString("parent_uid")).isEqualTo("auth-2");
    }

    @Test
    void a_body_that_is_no_begateway_message_is_400() {
        assertThat(webhook("{\"hello\":1}").status()).isEqualTo(400);
        assertThat(webhook("not json").status()).isEqualTo(400);
    }

    @Test
    void reconciliation_asks_by_uid_when_the_checkout_status_api_tells_nothing() {
        JsonObject payment = payment(200, "automatic");
        assertThat(webhook(notification(payment, "uid-poll", "payment", "incomplete", 200)).status()).isEqualTo(200);
        assertThat(reload(payment).getString("status")).isEqualTo("PENDING");
        GATEWAY.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                        com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/transactions/uid-poll"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                        notification(payment, "uid-poll", "payment", "successful", 200))));

        JsonObject refreshed = Hub.get("/api/v1/payments/" + payment.getString("id") + "?refresh=true", Hub.APP1_KEY)
                .json();
        assertThat(refreshed.getString("status")).isEqualTo("SUCCESSFUL");
    }
}
