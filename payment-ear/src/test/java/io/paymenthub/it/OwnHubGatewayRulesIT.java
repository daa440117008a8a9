package io.paymenthub.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.it.Hub.Reply;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Gateway rules that need a hub of the test's own ({@link CrashHub}): a NewebPay store that captures only when asked
 * ({@code NEWEBPAY_CAPTURE=manual}), whose captures and voids go to the simulated credit-card close and cancel APIs;
 * and epayment.kz's 180-day refund window, for which the test ages a payment in the hub's database
 * ({@link FaultDatabase}, used here only for its direct connection). One server for both: it takes minutes to start.
 */
class OwnHubGatewayRulesIT {

    private static final String URL = CrashHub.URL;
    private static final Map<String, String> FORM = Map.of("Content-Type", "application/x-www-form-urlencoded");
    private static final NewebPaySimulator NEWEBPAY = new NewebPaySimulator();
    private static final EpaymentSimulator EPAYMENT = new EpaymentSimulator();

    private static FaultDatabase database;
    private static Process server;

    @BeforeAll
    static void startHub() throws Exception {
        CrashHub.prepareBaseDirectory();
        database = FaultDatabase.start(CrashHub.WORK.resolve("h2-server"));
        NEWEBPAY.start();
        EPAYMENT.start();
        String epayment = "http://127.0.0.1:" + EpaymentSimulator.PORT;
        server = CrashHub.start(List.of(
                "-DNEWEBPAY_MERCHANT_ID=" + NewebPaySimulator.MERCHANT, "-DNEWEBPAY_HASH_KEY=" + NewebPaySimulator.KEY,
                "-DNEWEBPAY_HASH_IV=" + NewebPaySimulator.IV, "-DNEWEBPAY_TESTING=true",
                "-DNEWEBPAY_GATEWAY_URL=http://127.0.0.1:" + NewebPaySimulator.PORT, "-DNEWEBPAY_CAPTURE=manual",
                "-DEPAYMENT_ENV=test", "-DEPAYMENT_CLIENT_ID=it-epayment-client",
                "-DEPAYMENT_CLIENT_SECRET=it-epayment-secret", "-DEPAYMENT_TERMINAL=" + EpaymentSimulator.TERMINAL,
                "-DEPAYMENT_OAUTH_URL=" + epayment + "/oauth2/token", "-DEPAYMENT_API_BASE_URL=" + epayment,
                "-DEPAYMENT_WIDGET_URL=" + epayment + "/payform/payment-api.js", "-DEPAYMENT_TIMEOUT_MS=1500"),
                database.environment());
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (server != null) {
            CrashHub.kill(server);
        }
        NEWEBPAY.stop();
        EPAYMENT.stop();
        if (database != null) {
            database.close();
        }
    }

    @Test
    void a_newebpay_payment_of_a_store_that_captures_on_request_is_authorized_then_captured_by_close_type_1() {
        JsonObject payment = authorizedAtNewebPay(3000);
        String id = payment.getString("id");
        NEWEBPAY.creditCardAnswers("Close", 200, NewebPaySimulator.done(id, 20, false));

        Reply captured = Hub.post(URL + path(payment, "/capture"), Hub.APP1_KEY, "{\"amount\":2000}");
        assertThat(captured.status()).as(captured.body()).isEqualTo(200);
        JsonObject after = get(payment);
        assertThat(after.getString("status")).isEqualTo("SUCCESSFUL");
        assertThat(after.getJsonNumber("capturedAmount").longValue()).isEqualTo(2000);
        List<Map<String, String>> closes = requestsOf("Close", id);
        assertThat(closes).hasSize(1);
        assertThat(closes.get(0)).containsEntry("MerchantID_", NewebPaySimulator.MERCHANT);
        assertThat(NewebPaySimulator.decodeForm(closes.get(0).get("PostData"))).containsEntry("CloseType", "1")
                .containsEntry("Amt", "20").containsEntry("Version", "1.1").containsEntry("IndexType", "1");
    }

    @Test
    void a_capture_of_cents_is_refused_with_400_before_newebpay_is_asked_and_the_authorization_stays() {
        JsonObject payment = authorizedAtNewebPay(3000);

        Reply refused = Hub.post(URL + path(payment, "/capture"), Hub.APP1_KEY, "{\"amount\":1050}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getString("code")).isEqualTo("invalid_amount");
        assertThat(get(payment).getString("status")).isEqualTo("AUTHORIZED");
        assertThat(requestsOf("Close", payment.getString("id"))).isEmpty();
    }

    @Test
    void a_newebpay_authorization_is_voided_by_the_cancel_api_whose_check_code_is_verified() {
        JsonObject payment = authorizedAtNewebPay(3000);
        String id = payment.getString("id");
        NEWEBPAY.creditCardAnswers("Cancel", 200, NewebPaySimulator.done(id, 30, true));

        Reply voided = Hub.post(URL + path(payment, "/cancel"), Hub.APP1_KEY, "{}");
        assertThat(voided.status()).as(voided.body()).isEqualTo(200);
        assertThat(get(payment).getString("status")).isEqualTo("CANCELLED");
        List<Map<String, String>> cancels = requestsOf("Cancel", id);
        assertThat(cancels).hasSize(1);
        assertThat(NewebPaySimulator.decodeForm(cancels.get(0).get("PostData"))).containsEntry("Amt", "30")
                .containsEntry("Version", "1.0").containsEntry("IndexType", "1").doesNotContainKey("CloseType");
    }

    @Test
    void an_automatic_newebpay_payment_is_refused_with_400_in_a_store_that_captures_on_request() {
        Reply refused = Hub.post(URL + "/api/v1/payments", Hub.APP1_KEY, "{\"gateway\":\"newebpay\",\"amount\":3000,"
                + "\"currency\":\"TWD\",\"capture\":\"automatic\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getString("code")).isEqualTo("invalid_request");
    }

    @Test
    void epayment_refuses_a_refund_after_180_days_with_422_before_epayment_is_asked_and_sends_one_within() throws Exception {
        JsonObject old = paidAtEpayment(10050);
        paidDaysAgo(old, 181);
        Reply refused = Hub.post(URL + path(old, "/refunds"), Hub.APP1_KEY, "{\"amount\":5000}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().getString("code")).isEqualTo("refund_not_allowed");
        assertThat(refused.json().getString("detail")).contains("180 days");
        JsonObject unchanged = get(old);
        assertThat(unchanged.getString("status")).isEqualTo("SUCCESSFUL");
        assertThat(unchanged.getJsonArray("refunds")).isEmpty();
        assertThat(EPAYMENT.operations("tx-" + invoice(old), "refund")).isEmpty();

        JsonObject recent = paidAtEpayment(10050);
        paidDaysAgo(recent, 179);
        EPAYMENT.operationSucceeds("tx-" + invoice(recent), "refund", 0);
        Reply sent = Hub.post(URL + path(recent, "/refunds"), Hub.APP1_KEY, "{\"amount\":5000}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(EPAYMENT.operations("tx-" + invoice(recent), "refund")).hasSize(1);
    }

    private static JsonObject authorizedAtNewebPay(long amount) {
        Reply created = Hub.post(URL + "/api/v1/payments", Hub.APP1_KEY, "{\"gateway\":\"newebpay\",\"amount\":"
                + amount + ",\"currency\":\"TWD\",\"description\":\"Credits\",\"capture\":\"manual\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject payment = created.json();
        String notify = NewebPaySimulator.notifyJson("SUCCESS", payment.getString("id"), (int) (amount / 100));
        assertThat(Hub.postRaw(URL + "/api/v1/callbacks/newebpay", notify.getBytes(), FORM).status()).isEqualTo(200);
        assertThat(get(payment).getString("status")).isEqualTo("AUTHORIZED");
        return payment;
    }

    private static JsonObject paidAtEpayment(long amount) {
        Reply created = Hub.post(URL + "/api/v1/payments", Hub.APP1_KEY, "{\"gateway\":\"epayment\",\"amount\":"
                + amount + ",\"currency\":\"KZT\",\"description\":\"Credits\",\"customer\":{\"id\":\"user_1\"}}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject payment = created.json();
        String invoice = invoice(payment);
        String major = new BigDecimal(amount).movePointLeft(2).stripTrailingZeros().toPlainString();
        EPAYMENT.status(invoice, "CHARGE", major, "tx-" + invoice);
        String secretHash = EPAYMENT.tokenRequest(invoice).get("secret_hash");
        String postLink = EpaymentSimulator.postLink("ok", invoice, major, "KZT", secretHash, "tx-" + invoice);
        assertThat(Hub.postRaw(URL + "/api/v1/callbacks/epayment", postLink.getBytes(),
                Map.of("Content-Type", "application/json")).status()).isEqualTo(200);
        assertThat(get(payment).getString("status")).isEqualTo("SUCCESSFUL");
        return payment;
    }

    /** The payment as if created {@code days} days ago: the refund window counts from its creation. */
    private static void paidDaysAgo(JsonObject payment, int days) throws Exception {
        try (Connection connection = database.connect();
             PreparedStatement update = connection.prepareStatement("update payment set created_at = ? where id = ?")) {
            update.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minusDays(days));
            update.setString(2, payment.getString("id"));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static List<Map<String, String>> requestsOf(String api, String id) {
        return NEWEBPAY.creditCardRequests(api).stream()
                .filter(request -> request.get("PostData").contains("MerchantOrderNo=" + id)).toList();
    }

    private static String invoice(JsonObject payment) {
        return payment.getJsonObject("checkout").getJsonObject("fields").getString("invoiceId");
    }

    private static String path(JsonObject payment, String operation) {
        return "/api/v1/payments/" + payment.getString("id") + operation;
    }

    private static JsonObject get(JsonObject payment) {
        return Hub.get(URL + path(payment, ""), Hub.APP1_KEY).json();
    }
}
