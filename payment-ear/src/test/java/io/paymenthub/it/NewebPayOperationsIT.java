package io.paymenthub.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.it.Hub.Reply;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Refunds of NewebPay payments through the simulated credit-card close API (CloseType 2, PostData_ encrypted with the
 * store's key), in a store that captures at once; and what the hub refuses before NewebPay is asked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewebPayOperationsIT {

    private static final String CALLBACK = "/api/v1/callbacks/newebpay";
    private static final Map<String, String> FORM = Map.of("Content-Type", "application/x-www-form-urlencoded");
    private static final NewebPaySimulator NEWEBPAY = new NewebPaySimulator();

    @BeforeAll
    static void startSimulator() {
        NEWEBPAY.start();
    }

    @AfterAll
    static void stopSimulator() {
        NEWEBPAY.stop();
    }

    @Test
    void a_refund_is_a_close_of_type_2_signed_with_the_stores_key_and_succeeds() {
        JsonObject payment = paid(3000);
        String id = payment.getString("id");
        NEWEBPAY.creditCardAnswers("Close", 200, NewebPaySimulator.done(id, 10, false));

        Reply partial = Hub.post(refunds(payment), Hub.APP1_KEY, "{\"amount\":1000,\"reason\":\"one item back\"}");
        assertThat(partial.status()).as(partial.body()).isEqualTo(201);
        assertThat(partial.json().getString("status")).isEqualTo("SUCCEEDED");
        List<Map<String, String>> sent = closesOf(id);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0)).containsEntry("MerchantID_", NewebPaySimulator.MERCHANT);
        Map<String, String> data = NewebPaySimulator.decodeForm(sent.get(0).get("PostData"));
        assertThat(data).containsEntry("RespondType", "JSON").containsEntry("Version", "1.1")
                .containsEntry("Amt", "10").containsEntry("MerchantOrderNo", id).containsEntry("IndexType", "1")
                .containsEntry("CloseType", "2").containsKey("TimeStamp");
        assertThat(get(payment).getString("status")).isEqualTo("PARTIALLY_REFUNDED");

        NEWEBPAY.creditCardAnswers("Close", 200, NewebPaySimulator.done(id, 20, false));
        Reply rest = Hub.post(refunds(payment), Hub.APP1_KEY, "{}");
        assertThat(rest.json().getString("status")).isEqualTo("SUCCEEDED");
        assertThat(NewebPaySimulator.decodeForm(closesOf(id).get(1).get("PostData"))).containsEntry("Amt", "20");
        JsonObject refunded = get(payment);
        assertThat(refunded.getString("status")).isEqualTo("REFUNDED");
        assertThat(refunded.getJsonNumber("refundedAmount").longValue()).isEqualTo(3000);
    }

    @Test
    void a_refund_newebpay_refuses_fails_and_leaves_the_amount_refundable() {
        JsonObject payment = paid(3000);
        NEWEBPAY.creditCardAnswers("Close", 200,
                "{\"Status\":\"TRA10036\",\"Message\":\"refund not allowed yet\",\"Result\":{}}");

        Reply refused = Hub.post(refunds(payment), Hub.APP1_KEY, "{\"amount\":1000}");
        assertThat(refused.body()).contains("FAILED");
        JsonObject after = get(payment);
        assertThat(after.getString("status")).isEqualTo("SUCCESSFUL");
        assertThat(after.getJsonNumber("refundedAmount").longValue()).isZero();
        assertThat(after.getJsonArray("refunds").getJsonObject(0).getString("status")).isEqualTo("FAILED");
    }

    @Test
    void a_refund_without_an_answer_is_never_sent_again_and_is_settled_by_the_trade_query() throws Exception {
        JsonObject payment = paid(3000);
        String id = payment.getString("id");
        NEWEBPAY.creditCardAnswers("Close", 502, "");

        Reply pending = Hub.post(refunds(payment), Hub.APP1_KEY, "{}");
        assertThat(pending.status()).isEqualTo(201);
        assertThat(pending.json().getString("status")).isEqualTo("PENDING");
        Reply again = Hub.post(refunds(payment), Hub.APP1_KEY, "{\"amount\":100}");
        assertThat(again.status()).as("the pending refund keeps its amount").isEqualTo(422);
        assertThat(again.json().getString("code")).isEqualTo("refund_exceeds_captured");

        NEWEBPAY.tradeRefunded(id, 30);
        NotifyReceiver.await("the janitor settles the refund", Duration.ofSeconds(90),
                () -> "REFUNDED".equals(get(payment).getString("status")));
        assertThat(get(payment).getJsonArray("refunds").getJsonObject(0).getString("status")).isEqualTo("SUCCEEDED");
        assertThat(closesOf(id)).as("sent once").hasSize(1);
    }

    @Test
    void a_refund_of_cents_is_refused_with_400_before_newebpay_is_asked() {
        JsonObject payment = paid(3000);

        Reply refused = Hub.post(refunds(payment), Hub.APP1_KEY, "{\"amount\":1050}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getString("code")).isEqualTo("invalid_amount");
        assertThat(get(payment).getJsonArray("refunds")).isEmpty();
        assertThat(closesOf(payment.getString("id"))).isEmpty();
    }

    @Test
    void a_manual_capture_is_refused_with_400_in_a_store_that_captures_at_once() {
        Reply refused = Hub.post("/api/v1/payments", Hub.APP1_KEY, "{\"gateway\":\"newebpay\",\"amount\":3000,"
                + "\"currency\":\"TWD\",\"capture\":\"manual\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getString("code")).isEqualTo("invalid_request");
    }

    @Test
    void newebpay_notifications_come_only_as_a_post() {
        Reply get = Hub.send(HttpRequest.newBuilder(URI.create(Hub.URL + CALLBACK + "?Status=SUCCESS")).GET());
        assertThat(get.status()).isEqualTo(405);
        assertThat(get.json().getString("code")).isEqualTo("method_not_allowed");
    }

    private static List<Map<String, String>> closesOf(String id) {
        return NEWEBPAY.creditCardRequests("Close").stream()
                .filter(request -> request.get("PostData").contains("MerchantOrderNo=" + id)).toList();
    }

    private static JsonObject paid(long amount) {
        Reply created = Hub.post("/api/v1/payments", Hub.APP1_KEY, "{\"gateway\":\"newebpay\",\"amount\":" + amount
                + ",\"currency\":\"TWD\",\"description\":\"Credits\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject payment = created.json();
        String notify = NewebPaySimulator.notifyJson("SUCCESS", payment.getString("id"), (int) (amount / 100));
        assertThat(Hub.postRaw(CALLBACK, notify.getBytes(), FORM).status()).isEqualTo(200);
        assertThat(get(payment).getString("status")).isEqualTo("SUCCESSFUL");
        return payment;
    }

    private static String refunds(JsonObject payment) {
        return "/api/v1/payments/" + payment.getString("id") + "/refunds";
    }

    private static JsonObject get(JsonObject payment) {
        return Hub.get("/api/v1/payments/" + payment.getString("id"), Hub.APP1_KEY).json();
    }
}
