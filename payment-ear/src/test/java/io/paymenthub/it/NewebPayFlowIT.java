package io.paymenthub.it;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.it.Hub.Reply;
import jakarta.json.JsonObject;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The newebpay gateway against a simulated NewebPay: form checkout, NotifyURL, and returns confirmed by query. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewebPayFlowIT {

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
    void the_checkout_is_an_encrypted_form_auto_posted_by_the_hosted_page() {
        JsonObject payment = createPayment(3000);
        assertThat(payment.getString("status")).isEqualTo("PENDING");
        JsonObject checkout = payment.getJsonObject("checkout");
        assertThat(checkout.getString("type")).isEqualTo("form");
        assertThat(checkout.getString("method")).isEqualTo("POST");
        assertThat(checkout.getString("url")).isEqualTo("http://127.0.0.1:" + NewebPaySimulator.PORT + "/MPG/mpg_gateway");
        JsonObject fields = checkout.getJsonObject("fields");
        assertThat(fields.keySet()).containsExactlyInAnyOrder("MerchantID", "TradeInfo", "TradeSha", "Version");
        assertThat(fields.getString("MerchantID")).isEqualTo(NewebPaySimulator.MERCHANT);
        assertThat(fields.getString("Version")).isEqualTo("2.0");
        String tradeInfo = fields.getString("TradeInfo");
        assertThat(fields.getString("TradeSha")).isEqualTo(NewebPaySimulator.tradeSha(tradeInfo));

        Map<String, String> info = NewebPaySimulator.decodeForm(NewebPaySimulator.decrypt(tradeInfo));
        assertThat(info).containsEntry("MerchantID", NewebPaySimulator.MERCHANT)
                .containsEntry("MerchantOrderNo", payment.getString("id")).containsEntry("Amt", "30")
                .containsEntry("RespondType", "JSON").containsEntry("ItemDesc", "Credits 點數")
                .containsEntry("Email", "payer@shop.example")
                .containsEntry("NotifyURL", Hub.URL + CALLBACK)
                .containsEntry("ReturnURL", Hub.URL + "/api/v1/return/newebpay?token=" + payment.getString("token"))
                .containsKeys("TimeStamp", "ClientBackURL", "Version");

        Reply page = Hub.get("/pay/" + payment.getString("token"), null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("method=\"post\"", "action=\"" + checkout.getString("url") + "\"",
                "name=\"TradeInfo\" value=\"" + tradeInfo + "\"", "name=\"TradeSha\"", "name=\"MerchantID\"",
                "name=\"Version\" value=\"2.0\"", "<button", ".submit()");
    }

    @Test
    void a_verified_success_notification_makes_the_payment_successful() {
        JsonObject payment = createPayment(3000);
        String notify = NewebPaySimulator.notifyJson("SUCCESS", payment.getString("id"), 30);

        Reply reply = Hub.postRaw(CALLBACK, notify.getBytes(), FORM);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().getString("status")).isEqualTo("SUCCESSFUL");
        assertThat(Hub.postRaw(CALLBACK, notify.getBytes(), FORM).status()).as("a duplicate").isEqualTo(200);

        JsonObject paid = get(payment);
        assertThat(paid.getString("status")).isEqualTo("SUCCESSFUL");
        assertThat(paid.getJsonNumber("capturedAmount").longValue()).isEqualTo(3000);
    }

    @Test
    void the_checkouts_own_trade_info_posted_back_as_a_notification_is_refused_with_401() {
        JsonObject payment = createPayment(3000);
        JsonObject fields = payment.getJsonObject("checkout").getJsonObject("fields");
        // what the payer's page shows (and posts to NewebPay), signed with the hub's own key
        String forged = NewebPaySimulator.notifyForm(fields.getString("TradeInfo"), fields.getString("TradeSha"));

        Reply reply = Hub.postRaw(CALLBACK, forged.getBytes(), FORM);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().getString("code")).isEqualTo("signature_invalid");
        assertThat(get(payment).getString("status")).isEqualTo("PENDING");
    }

    @Test
    void a_failure_notification_fails_the_payment_only_when_query_trade_info_confirms_it() {
        JsonObject payment = createPayment(3000);
        String id = payment.getString("id");
        String notify = NewebPaySimulator.notifyString("MPG03008", "declined", id, 30, "05");

        assertThat(Hub.postRaw(CALLBACK, notify.getBytes(), FORM).status()).as("no query answer").isEqualTo(200);
        assertThat(get(payment).getString("status")).isEqualTo("PENDING");

        NEWEBPAY.tradeStatus(id, 30, "0");
        assertThat(Hub.postRaw(CALLBACK, notify.getBytes(), FORM).status()).as("unpaid").isEqualTo(200);
        assertThat(get(payment).getString("status")).isEqualTo("PENDING");

        NEWEBPAY.tradeStatus(id, 30, "1");
        assertThat(Hub.postRaw(CALLBACK, notify.getBytes(), FORM).status()).as("paid since").isEqualTo(200);
        assertThat(get(payment).getString("status")).isEqualTo("SUCCESSFUL");
    }

    @Test
    void a_string_result_refused_by_the_bank_declines_the_payment_and_keeps_the_message() {
        JsonObject payment = createPayment(3000);
        NEWEBPAY.tradeStatus(payment.getString("id"), 30, "2");
        String notify = NewebPaySimulator.notifyString("MPG03008", "授權失敗 declined", payment.getString("id"), 30, "05");

        assertThat(Hub.postRaw(CALLBACK, notify.getBytes(), FORM).status()).isEqualTo(200);
        JsonObject declined = get(payment);
        assertThat(declined.getString("status")).isEqualTo("DECLINED");
        assertThat(declined.getJsonArray("events").toString()).contains("MPG03008", "授權失敗 declined");
    }

    @Test
    void reconciliation_asks_query_trade_info() {
        JsonObject payment = createPayment(3000);
        NEWEBPAY.tradeStatus(payment.getString("id"), 30, "1");

        JsonObject refreshed = Hub.get("/api/v1/payments/" + payment.getString("id") + "?refresh=true", Hub.APP1_KEY)
                .json();
        assertThat(refreshed.getString("status")).isEqualTo("SUCCESSFUL");
    }

    @Test
    void a_notification_with_a_wrong_trade_sha_is_refused_with_401() {
        JsonObject payment = createPayment(3000);
        String forged = NewebPaySimulator.notifyJson("SUCCESS", payment.getString("id"), 30)
                .replaceAll("TradeSha=[0-9A-F]{4}", "TradeSha=0000");

        assertThat(Hub.postRaw(CALLBACK, forged.getBytes(), FORM).status()).isEqualTo(401);
        assertThat(get(payment).getString("status")).isEqualTo("PENDING");
    }

    @Test
    void a_notification_for_another_amount_is_refused_with_409() {
        JsonObject payment = createPayment(3000);
        String notify = NewebPaySimulator.notifyJson("SUCCESS", payment.getString("id"), 31);

        Reply reply = Hub.postRaw(CALLBACK, notify.getBytes(), FORM);
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().getString("code")).isEqualTo("amount_mismatch");
        assertThat(get(payment).getString("status")).isEqualTo("PENDING");
    }

    @Test
    void trade_info_that_is_not_hex_is_answered_400_not_500() {
        String badHex = "zz" + NewebPaySimulator.encrypt("Status=SUCCESS").substring(2);
        String notify = NewebPaySimulator.notifyForm(badHex, NewebPaySimulator.tradeSha(badHex));

        Reply reply = Hub.postRaw(CALLBACK, notify.getBytes(), FORM);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getString("code")).isEqualTo("invalid_request");
        assertThat(reply.body()).doesNotContain("Exception");
    }

    @Test
    void a_return_is_applied_only_as_far_as_the_trade_query_confirms_it() {
        JsonObject payment = createPayment(3000);
        String id = payment.getString("id");
        String returnPath = "/api/v1/return/newebpay?token=" + payment.getString("token");

        NEWEBPAY.tradeStatus(id, 30, "0");
        Reply unpaid = Hub.postRaw(returnPath, NewebPaySimulator.notifyJson("SUCCESS", id, 30).getBytes(), FORM);
        assertThat(unpaid.status()).isEqualTo(302);
        assertThat(unpaid.header("Location")).isEqualTo("https://shop.example/paid?payment=" + id + "&status=PENDING");
        assertThat(get(payment).getString("status")).isEqualTo("PENDING");

        NEWEBPAY.tradeStatus(id, 30, "1");
        Reply paid = Hub.postRaw(returnPath, new byte[0], FORM);
        assertThat(paid.header("Location")).isEqualTo("https://shop.example/paid?payment=" + id + "&status=SUCCESSFUL");
        assertThat(get(payment).getString("status")).isEqualTo("SUCCESSFUL");
        NEWEBPAY.server().verify(postRequestedFor(urlEqualTo("/API/QueryTradeInfo"))
                .withRequestBody(containing("CheckValue=" + NewebPaySimulator.checkValue(30, id))));
    }

    @Test
    void a_twd_amount_that_is_not_whole_dollars_is_refused_with_invalid_amount() {
        Reply reply = Hub.post("/api/v1/payments", Hub.APP1_KEY, paymentJson(3050));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getString("code")).isEqualTo("invalid_amount");
    }

    private static JsonObject createPayment(long amount) {
        Reply reply = Hub.post("/api/v1/payments", Hub.APP1_KEY, paymentJson(amount));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static String paymentJson(long amount) {
        return "{\"gateway\":\"newebpay\",\"amount\":" + amount + ",\"currency\":\"TWD\",\"description\":\"Credits 點數\","
                + "\"customer\":{\"id\":\"user_tw\",\"email\":\"payer@shop.example\"},"
                + "\"returnUrl\":\"https://shop.example/paid\"}";
    }

    private static JsonObject get(JsonObject payment) {
        return Hub.get("/api/v1/payments/" + payment.getString("id"), Hub.APP1_KEY).json();
    }
}
