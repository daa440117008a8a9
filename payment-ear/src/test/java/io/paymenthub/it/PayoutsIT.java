package io.paymenthub.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.paymenthub.it.BeGatewaySimulator.webhook;
import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.it.Hub.Reply;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * BeGateway card tokens and payouts: a payment created with {@code saveCard} keeps the webhook's card token for its
 * customer; {@code POST /api/v1/payouts} sends a credit to a saved card once, settled by its answer, its webhook or
 * the janitor's query by tracking id.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PayoutsIT {

    private static final BeGatewaySimulator GATEWAY = new BeGatewaySimulator();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String CREDITS = "/transactions/credits";

    @RegisterExtension
    static final NotifyReceiver RECEIVER = new NotifyReceiver();

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

    /** A BeGateway payment of {@code customer}, paid by the card {@code cardToken}; its card kept when asked. */
    static JsonObject paidWithCard(String apiKey, String customer, String cardToken, boolean saveCard) {
        GATEWAY.opensCheckout("chk_po_" + SEQUENCE.incrementAndGet());
        Reply created = Hub.post("/api/v1/payments", apiKey, "{\"gateway\":\"begateway\",\"amount\":300,"
                + "\"currency\":\"EUR\",\"customer\":{\"id\":\"" + customer + "\"},\"saveCard\":" + saveCard + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String body = BeGatewayCallbacksIT.notification(created.json(), "uid-" + SEQUENCE.incrementAndGet(),
                "payment", "successful", 300).replace("d46d77d181e34554", cardToken);
        assertThat(webhook(body).status()).isEqualTo(200);
        return created.json();
    }

    static List<JsonObject> cards(String apiKey, String customer) {
        return Hub.get("/api/v1/customers/" + customer + "/cards", apiKey).json().getJsonArray("cards")
                .getValuesAs(JsonObject.class);
    }

    /** A saved BeGateway card of a new customer of app1, as the cards endpoint shows it. */
    static JsonObject savedCardOfApp1() {
        String customer = "payee-" + SEQUENCE.incrementAndGet();
        paidWithCard(Hub.APP1_KEY, customer, "tok-" + customer, true);
        return cards(Hub.APP1_KEY, customer).get(0);
    }

    static String savedCard() {
        return savedCardOfApp1().getString("id");
    }

    static Reply payout(String apiKey, String cardId, long amount, String... headers) {
        return Hub.post("/api/v1/payouts", apiKey, "{\"gateway\":\"begateway\",\"amount\":" + amount
                + ",\"currency\":\"EUR\",\"cardId\":\"" + cardId + "\",\"description\":\"Prize\","
                + "\"reference\":\"win-1\"}", headers);
    }

    static String credit(String uid, String status, String trackingId) {
        return "{\"transaction\":{\"uid\":\"" + uid + "\",\"status\":\"" + status + "\",\"type\":\"credit\","
                + "\"amount\":700,\"currency\":\"EUR\",\"tracking_id\":\"" + trackingId + "\"}}";
    }

    @Test
    void a_payment_with_save_card_keeps_the_card_token_and_masked_card_for_its_customer_only() {
        paidWithCard(Hub.APP1_KEY, "saver-1", "tok-saver-1", true);
        paidWithCard(Hub.APP1_KEY, "nosave-1", "tok-nosave-1", false);

        List<JsonObject> saved = cards(Hub.APP1_KEY, "saver-1");
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).getString("gateway")).isEqualTo("begateway");
        assertThat(saved.get(0).getString("cardId")).isEqualTo("tok-saver-1");
        assertThat(saved.get(0).getString("cardMask")).isEqualTo("4***********4242");
        assertThat(cards(Hub.APP1_KEY, "nosave-1")).isEmpty();
        assertThat(cards(Hub.APP2_KEY, "saver-1")).as("another app's customer of that name").isEmpty();
    }

    @Test
    void a_tokenization_checkout_saves_the_card_without_charging_and_the_card_receives_a_payout() {
        GATEWAY.opensCheckout("chk_tok_" + SEQUENCE.incrementAndGet());
        Reply created = Hub.post("/api/v1/payments", Hub.APP1_KEY, "{\"gateway\":\"begateway\",\"amount\":100,"
                + "\"currency\":\"EUR\",\"customer\":{\"id\":\"tokenizer-1\"},\"capture\":\"tokenization\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject checkout = BeGatewaySimulator.json(GATEWAY.requestsTo(BeGatewaySimulator.CHECKOUTS).get(0))
                .getJsonObject("checkout");
        assertThat(checkout.getString("transaction_type")).isEqualTo("tokenization");

        String body = BeGatewayCallbacksIT.notification(created.json(), "uid-tok", "tokenization", "successful", 0)
                .replace("d46d77d181e34554", "tok-tokenizer-1");
        Reply answer = webhook(body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonObject payment = Hub.get("/api/v1/payments/" + created.json().getString("id"), Hub.APP1_KEY).json();
        assertThat(payment.getString("status")).isEqualTo("CARD_SAVED");
        assertThat(payment.getJsonNumber("capturedAmount").longValueExact()).isZero();
        assertThat(payment.containsKey("fulfilledAt")).isFalse();
        List<JsonObject> saved = cards(Hub.APP1_KEY, "tokenizer-1");
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).getString("cardId")).isEqualTo("tok-tokenizer-1");

        GATEWAY.transactionAnswers("credits", okJson(credit("c-tok", "successful", "po_x")));
        Reply sent = payout(Hub.APP1_KEY, saved.get(0).getString("id"), 700);
        assertThat(sent.json().getString("status")).isEqualTo("SUCCEEDED");
        assertThat(BeGatewaySimulator.json(GATEWAY.requestsTo(CREDITS).get(0)).getJsonObject("request")
                .getJsonObject("credit_card").getString("token")).isEqualTo("tok-tokenizer-1");
    }

    @Test
    void a_gateway_without_tokenization_checkouts_refuses_one_before_anything_is_stored() {
        Reply refused = Hub.post("/api/v1/payments", Hub.APP1_KEY, "{\"gateway\":\"newebpay\",\"amount\":100,"
                + "\"currency\":\"TWD\",\"customer\":{\"id\":\"tokenizer-2\"},\"capture\":\"tokenization\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getString("code")).isEqualTo("invalid_request");
    }

    @Test
    void save_card_without_a_customer_is_refused() {
        Reply refused = Hub.post("/api/v1/payments", Hub.APP1_KEY,
                "{\"gateway\":\"begateway\",\"amount\":300,\"currency\":\"EUR\",\"saveCard\":true}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getString("code")).isEqualTo("invalid_request");
    }

    @Test
    void a_payout_to_a_saved_card_is_a_credit_to_its_token_and_succeeds_with_a_notification() throws Exception {
        String cardId = savedCard();
        RECEIVER.server.stubFor(post(urlEqualTo("/payouts")).willReturn(aResponse().withStatus(200)));
        GATEWAY.transactionAnswers("credits", okJson(credit("c-ok", "successful", "po_x")));
        Reply sent = Hub.post("/api/v1/payouts", Hub.APP1_KEY, "{\"gateway\":\"begateway\",\"amount\":700,"
                + "\"currency\":\"EUR\",\"cardId\":\"" + cardId + "\",\"description\":\"Prize\",\"reference\":\"win-1\","
                + "\"notifyUrl\":\"" + NotifyReceiver.url("/payouts") + "\"}");

        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        JsonObject payout = sent.json();
        assertThat(payout.getString("id")).startsWith("po_");
        assertThat(payout.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(payout.getString("cardMask")).isEqualTo("4***********4242");
        assertThat(sent.header("Location")).endsWith("/api/v1/payouts/" + payout.getString("id"));
        JsonObject request = BeGatewaySimulator.json(GATEWAY.requestsTo(CREDITS).get(0)).getJsonObject("request");
        assertThat(request.getJsonNumber("amount").longValueExact()).isEqualTo(700);
        assertThat(request.getString("currency")).isEqualTo("EUR");
        assertThat(request.getString("tracking_id")).isEqualTo(payout.getString("id"));
        assertThat(request.getJsonObject("credit_card").getString("token")).startsWith("tok-payee-");

        Reply read = Hub.get("/api/v1/payouts/" + payout.getString("id"), Hub.APP1_KEY);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().getString("status")).isEqualTo("SUCCEEDED");
        assertThat(read.json().getString("gatewayUid")).isEqualTo("c-ok");

        NotifyReceiver.await("the payout's notification", Duration.ofSeconds(30),
                () -> !RECEIVER.requestsTo("/payouts").isEmpty());
        JsonObject event = new Reply(200, RECEIVER.requestsTo("/payouts").get(0).getBodyAsString(), java.util.Map.of())
                .json();
        assertThat(event.getString("type")).isEqualTo("payout.succeeded");
        assertThat(event.getJsonObject("data").getJsonObject("payout").getString("id"))
                .isEqualTo(payout.getString("id"));
    }

    @Test
    void a_credit_the_gateway_refuses_is_a_failed_payout() {
        String cardId = savedCard();
        GATEWAY.transactionAnswers("credits", okJson("{\"transaction\":{\"uid\":\"c-no\",\"status\":\"failed\","
                + "\"message\":\"Card is restricted\",\"type\":\"credit\"}}"));
        Reply sent = payout(Hub.APP1_KEY, cardId, 700);
        assertThat(sent.status()).isEqualTo(201);
        assertThat(sent.json().getString("status")).isEqualTo("FAILED");
        assertThat(sent.json().getString("failure")).contains("Card is restricted");
    }

    @Test
    void a_pending_credit_is_settled_by_its_signed_webhook() {
        String cardId = savedCard();
        GATEWAY.transactionAnswers("credits", okJson("{\"transaction\":{\"uid\":\"c-wait\",\"status\":\"pending\","
                + "\"type\":\"credit\"}}"));
        JsonObject payout = payout(Hub.APP1_KEY, cardId, 700).json();
        assertThat(payout.getString("status")).isEqualTo("PENDING");

        Reply answer = webhook(credit("c-wait", "successful", payout.getString("id")));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().getString("payoutId")).isEqualTo(payout.getString("id"));
        assertThat(Hub.get("/api/v1/payouts/" + payout.getString("id"), Hub.APP1_KEY).json().getString("status"))
                .isEqualTo("SUCCEEDED");
        assertThat(webhook(credit("c-wait", "failed", payout.getString("id"))).status())
                .as("a later contradicting webhook is acknowledged").isEqualTo(200);
        assertThat(Hub.get("/api/v1/payouts/" + payout.getString("id"), Hub.APP1_KEY).json().getString("status"))
                .isEqualTo("SUCCEEDED");
        assertThat(webhook(credit("c-x", "successful", "po_nonexistent")).status()).isEqualTo(404);
    }

    @Test
    void a_credit_that_times_out_is_unknown_never_sent_again_and_settled_by_the_janitor() throws Exception {
        String cardId = savedCard();
        GATEWAY.holdsTransactionAnswers("credits", okJson(credit("c-slow", "successful", "po_x")));
        int before = GATEWAY.heldRequests();
        // the IT database outlives a run: a key of an earlier run, with the same body, would replay its payout
        String key = "payout-" + java.util.UUID.randomUUID();
        Reply sent = payout(Hub.APP1_KEY, cardId, 700, "Idempotency-Key", key);
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        String id = sent.json().getString("id");
        assertThat(sent.json().getString("status")).isEqualTo("UNKNOWN");

        Reply retried = payout(Hub.APP1_KEY, cardId, 700, "Idempotency-Key", key);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.json().getString("id")).isEqualTo(id);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        NotifyReceiver.await("the credit reached the gateway", Duration.ofSeconds(10),
                () -> GATEWAY.heldRequests() > before);
        assertThat(GATEWAY.heldRequests()).as("one credit, whatever the retries").isEqualTo(before + 1);
        GATEWAY.releaseHeld();

        GATEWAY.server.stubFor(get(urlEqualTo("/v2/transactions/tracking_id/" + id)).willReturn(okJson(
                "{\"transactions\":[" + credit("c-slow", "successful", id).replace("{\"transaction\":", "")
                        .replaceAll("}$", "") + "]}")));
        NotifyReceiver.await("the janitor settles the payout", Duration.ofSeconds(60), () -> "SUCCEEDED".equals(
                Hub.get("/api/v1/payouts/" + id, Hub.APP1_KEY).json().getString("status")));
        assertThat(Hub.get("/api/v1/payouts/" + id, Hub.APP1_KEY).json().getString("gatewayUid")).isEqualTo("c-slow");
        assertThat(GATEWAY.heldRequests()).isEqualTo(before + 1);
    }

    @Test
    void a_gateway_without_payouts_refuses_them() {
        Reply refused = Hub.post("/api/v1/payouts", Hub.APP1_KEY, "{\"gateway\":\"newebpay\",\"amount\":700,"
                + "\"currency\":\"TWD\",\"cardId\":\"card_x\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().getString("code")).isEqualTo("payouts_not_supported");
    }

    @Test
    void another_apps_card_payout_or_token_is_neither_paid_nor_shown() {
        JsonObject card = savedCardOfApp1();
        String cardId = card.getString("id");
        GATEWAY.transactionAnswers("credits", okJson(credit("c-iso", "successful", "po_x")));
        Reply refused = payout(Hub.APP2_KEY, cardId, 700);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getString("code")).isEqualTo("invalid_request");
        String token = card.getString("cardId");
        Reply byToken = Hub.post("/api/v1/payouts", Hub.APP2_KEY, "{\"gateway\":\"begateway\",\"amount\":700,"
                + "\"currency\":\"EUR\",\"recipientToken\":\"" + token + "\"}");
        assertThat(byToken.status()).isEqualTo(400);
        assertThat(GATEWAY.requestsTo(CREDITS)).isEmpty();

        String id = payout(Hub.APP1_KEY, cardId, 700).json().getString("id");
        assertThat(Hub.get("/api/v1/payouts/" + id, Hub.APP2_KEY).status()).isEqualTo(404);
        assertThat(Hub.get("/api/v1/payouts/" + id, Hub.APP1_KEY).status()).isEqualTo(200);
    }
}
