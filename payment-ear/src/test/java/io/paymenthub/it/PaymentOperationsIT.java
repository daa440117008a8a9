package io.paymenthub.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.it.Hub.Reply;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Capture, cancel and refunds through the merchant API, with the dummy gateway. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaymentOperationsIT {

    private static JsonObject paid(long amount) {
        JsonObject payment = Hub.createPayment(amount);
        assertThat(Hub.payOnDummyPage(payment.getString("token"), "success").status()).isEqualTo(303);
        return payment;
    }

    private static JsonObject read(JsonObject payment) {
        return Hub.get("/api/v1/payments/" + payment.getString("id"), Hub.APP1_KEY).json();
    }

    @Test
    void a_manual_capture_payment_is_authorized_by_the_payer_then_captured_in_part() {
        JsonObject payment = Hub.createPayment(1000, "capture", "\"manual\"");
        Hub.payOnDummyPage(payment.getString("token"), "success");
        assertThat(read(payment).getString("status")).isEqualTo("AUTHORIZED");
        assertThat(read(payment).containsKey("fulfilledAt")).isFalse();

        String capture = "/api/v1/payments/" + payment.getString("id") + "/capture";
        MerchantApiIT.assertProblem(Hub.post(capture, Hub.APP1_KEY, "{\"amount\":1001}"), 422, "capture_exceeds_authorized");
        Reply captured = Hub.post(capture, Hub.APP1_KEY, "{\"amount\":700}");
        assertThat(captured.status()).isEqualTo(200);
        assertThat(captured.json().getString("status")).isEqualTo("SUCCESSFUL");
        assertThat(captured.json().getJsonNumber("capturedAmount").longValue()).isEqualTo(700);
        assertThat(read(payment).containsKey("fulfilledAt")).isTrue();
        MerchantApiIT.assertProblem(Hub.post(capture, Hub.APP1_KEY, ""), 409, "invalid_transition");

        String refunds = "/api/v1/payments/" + payment.getString("id") + "/refunds";
        MerchantApiIT.assertProblem(Hub.post(refunds, Hub.APP1_KEY, "{\"amount\":701}"), 422, "refund_exceeds_captured");
    }

    @Test
    void an_authorization_is_voided_and_a_pending_checkout_abandoned_by_cancel() {
        JsonObject authorized = Hub.createPayment(400, "capture", "\"manual\"");
        Hub.payOnDummyPage(authorized.getString("token"), "success");
        Reply voided = Hub.post("/api/v1/payments/" + authorized.getString("id") + "/cancel", Hub.APP1_KEY, "");
        assertThat(voided.status()).isEqualTo(200);
        assertThat(voided.json().getString("status")).isEqualTo("CANCELLED");

        JsonObject pending = Hub.createPayment(400);
        Reply abandoned = Hub.post("/api/v1/payments/" + pending.getString("id") + "/cancel", Hub.APP1_KEY, "");
        assertThat(abandoned.json().getString("status")).isEqualTo("CANCELLED");
        assertThat(Hub.get("/pay/" + pending.getString("token"), null).header("Location")).endsWith("/result");

        JsonObject done = paid(400);
        MerchantApiIT.assertProblem(Hub.post("/api/v1/payments/" + done.getString("id") + "/cancel", Hub.APP1_KEY, ""),
                409, "invalid_transition");
    }

    @Test
    void partial_then_full_refunds_end_refunded() {
        JsonObject payment = paid(1000);
        String refunds = "/api/v1/payments/" + payment.getString("id") + "/refunds";
        Reply partial = Hub.post(refunds, Hub.APP1_KEY, "{\"amount\":300,\"reason\":\"one item returned\"}");
        assertThat(partial.status()).isEqualTo(201);
        assertThat(partial.json().getString("status")).isEqualTo("SUCCEEDED");
        assertThat(partial.json().getString("id")).startsWith("re_");
        assertThat(read(payment).getString("status")).isEqualTo("PARTIALLY_REFUNDED");

        Reply rest = Hub.post(refunds, Hub.APP1_KEY, "");
        assertThat(rest.status()).isEqualTo(201);
        assertThat(rest.json().getJsonNumber("amount").longValue()).isEqualTo(700);
        JsonObject refunded = read(payment);
        assertThat(refunded.getString("status")).isEqualTo("REFUNDED");
        assertThat(refunded.getJsonNumber("refundedAmount").longValue()).isEqualTo(1000);
        assertThat(refunded.getJsonArray("refunds")).hasSize(2);
        MerchantApiIT.assertProblem(Hub.post(refunds, Hub.APP1_KEY, "{\"amount\":1}"), 409, "invalid_transition");
    }

    @Test
    void concurrent_refunds_never_exceed_the_captured_amount() throws Exception {
        JsonObject payment = paid(1000);
        String refunds = "/api/v1/payments/" + payment.getString("id") + "/refunds";
        List<Reply> replies = Concurrently.run(20, () -> Hub.post(refunds, Hub.APP1_KEY, "{\"amount\":150}"));
        int succeeded = 0;
        for (Reply reply : replies) {
            if (reply.status() == 201) {
                succeeded++;
            } else {
                assertThat(reply.status()).as(reply.body()).isEqualTo(422);
            }
        }
        assertThat(succeeded).isEqualTo(6);
        JsonObject after = read(payment);
        assertThat(after.getJsonNumber("refundedAmount").longValue()).isEqualTo(900);
        assertThat(after.getString("status")).isEqualTo("PARTIALLY_REFUNDED");
    }

    @Test
    void a_declined_payment_returns_the_payer_with_its_status_and_cannot_be_refunded() {
        JsonObject payment = Hub.createPayment(200);
        Reply submitted = Hub.payOnDummyPage(payment.getString("token"), "decline");
        Reply returned = Hub.get(submitted.header("Location"), null);
        assertThat(returned.header("Location")).contains("/pay/" + payment.getString("token") + "/result?payment=")
                .endsWith("status=DECLINED");
        assertThat(Hub.get(returned.header("Location"), null).body()).contains("DECLINED");
        MerchantApiIT.assertProblem(Hub.post("/api/v1/payments/" + payment.getString("id") + "/refunds", Hub.APP1_KEY,
                ""), 409, "invalid_transition");
    }

    @Test
    void refresh_of_a_pending_payment_asks_the_gateway_and_keeps_what_it_does_not_know() {
        JsonObject payment = Hub.createPayment(200);
        Reply refreshed = Hub.get("/api/v1/payments/" + payment.getString("id") + "?refresh=true", Hub.APP1_KEY);
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.json().getString("status")).isEqualTo("PENDING");
    }
}
