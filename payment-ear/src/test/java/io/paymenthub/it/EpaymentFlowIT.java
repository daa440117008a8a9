package io.paymenthub.it;

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

/**
 * The epayment gateway against a simulated epayment.kz: payment tokens, the halyk.pay widget page, postLinks
 * checked by secret_hash and confirmed by check-status, charge, cancel, refunds and a timeout.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EpaymentFlowIT {

    private static final String CALLBACK = "/api/v1/callbacks/epayment";
    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");
    private static final EpaymentSimulator EPAYMENT = new EpaymentSimulator();

    @BeforeAll
    static void startSimulator() {
        EPAYMENT.start();
    }

    @AfterAll
    static void stopSimulator() {
        EPAYMENT.stop();
    }

    @Test
    void the_payment_token_request_carries_the_invoice_and_the_widget_page_calls_halyk_pay() {
        JsonObject payment = create(10050, "automatic");
        assertThat(payment.getString("status")).isEqualTo("PENDING");
        JsonObject checkout = payment.getJsonObject("checkout");
        assertThat(checkout.getString("type")).isEqualTo("widget");
        String invoice = invoice(payment);
        assertThat(invoice).matches("\\d{6,15}");

        Map<String, String> form = EPAYMENT.tokenRequest(invoice);
        assertThat(form).containsEntry("grant_type", "client_credentials")
                .containsEntry("scope", "webapi usermanagement email_send verification statement statistics payment")
                .containsEntry("client_id", "it-epayment-client").containsEntry("client_secret", "it-epayment-secret")
                .containsEntry("terminal", EpaymentSimulator.TERMINAL).containsEntry("invoiceID", invoice)
                .containsEntry("amount", "100.5").containsEntry("currency", "KZT")
                .containsEntry("postLink", Hub.URL + CALLBACK).containsEntry("failurePostLink", Hub.URL + CALLBACK);
        assertThat(form.get("secret_hash")).matches("[0-9a-f]{64}");

        String token = payment.getString("token");
        Reply page = Hub.get("/pay/" + token, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(
                "data-script=\"http://127.0.0.1:" + EpaymentSimulator.PORT + "/payform/payment-api.js\"",
                "data-widget-function=\"halyk.pay\"", "data-token-option=\"auth\"", "data-token-format=\"json\"",
                "&quot;access_token&quot;:&quot;payment-token&quot;", "&quot;invoiceId&quot;:&quot;" + invoice,
                "&quot;terminal&quot;:&quot;67890&quot;", "&quot;amount&quot;:&quot;100.5&quot;",
                "&quot;backLink&quot;:&quot;" + Hub.URL + "/api/v1/return/epayment?token=" + token,
                "&quot;failureBackLink&quot;", "&quot;postLink&quot;:&quot;" + Hub.URL + CALLBACK,
                "&quot;failurePostLink&quot;", "data-json-options=\"amount,cardSave\"",
                "&quot;accountId&quot;:&quot;" + accountId(payment) + "&quot;");
        assertThat(page.body()).doesNotContain("it-epayment-secret", form.get("secret_hash"));
    }

    @Test
    void two_apps_on_one_terminal_never_name_the_same_account_for_the_same_customer_id() {
        JsonObject app1 = create(10050, "automatic", "shared_user");
        Reply app2 = Hub.post("/api/v1/payments", Hub.APP2_KEY, "{\"gateway\":\"epayment\",\"amount\":10050,"
                + "\"currency\":\"KZT\",\"description\":\"Credits\",\"customer\":{\"id\":\"shared_user\"}}");
        assertThat(app2.status()).as(app2.body()).isEqualTo(201);

        assertThat(accountId(app1)).matches("[0-9a-f]{32}")
                .isEqualTo(accountId(create(2000, "automatic", "shared_user")))
                .isNotEqualTo(accountId(app2.json()));
        assertThat(Hub.get("/pay/" + app2.json().getString("token"), null).body()).doesNotContain("shared_user");
    }

    @Test
    void a_post_link_confirmed_by_check_status_makes_the_payment_successful() {
        JsonObject payment = create(10050, "automatic");
        String invoice = invoice(payment);
        EPAYMENT.status(invoice, "CHARGE", "100.5", "tx-" + invoice);

        Reply reply = postLink("ok", invoice, "100.5", "KZT", secretHash(invoice));
        assertThat(reply.status()).isEqualTo(200);
        JsonObject paid = get(payment);
        assertThat(paid.getString("status")).isEqualTo("SUCCESSFUL");
        assertThat(paid.getJsonNumber("capturedAmount").longValue()).isEqualTo(10050);
        assertThat(paid.getString("gatewayUid")).isEqualTo("tx-" + invoice);
        assertThat(postLink("ok", invoice, "100.5", "KZT", secretHash(invoice)).status()).as("a duplicate").isEqualTo(200);
    }

    @Test
    void a_post_link_ok_that_check_status_contradicts_does_not_make_the_payment_successful() {
        JsonObject payment = create(10050, "automatic");
        String invoice = invoice(payment);
        EPAYMENT.status(invoice, "NEW", "100.5", "tx-" + invoice);

        assertThat(postLink("ok", invoice, "100.5", "KZT", secretHash(invoice)).status()).isEqualTo(200);
        assertThat(get(payment).getString("status")).isEqualTo("PENDING");

        EPAYMENT.statusAnswer(invoice, "{\"resultCode\":\"107\",\"resultMessage\":\"Try again later\"}");
        assertThat(postLink("ok", invoice, "100.5", "KZT", secretHash(invoice)).status()).isEqualTo(200);
        assertThat(get(payment).getString("status")).isEqualTo("PENDING");
    }

    @Test
    void a_post_link_with_another_amount_or_currency_is_refused_with_409() {
        JsonObject payment = create(10050, "automatic");
        String invoice = invoice(payment);
        EPAYMENT.status(invoice, "CHARGE", "100.5", "tx-" + invoice);

        Reply amount = postLink("ok", invoice, "1.5", "KZT", secretHash(invoice));
        assertThat(amount.status()).isEqualTo(409);
        assertThat(amount.json().getString("code")).isEqualTo("amount_mismatch");
        assertThat(postLink("ok", invoice, "100.5", "USD", secretHash(invoice)).status()).isEqualTo(409);
        assertThat(get(payment).getString("status")).isEqualTo("PENDING");
    }

    @Test
    void a_charge_of_another_amount_is_applied_neither_from_the_return_nor_from_a_refresh() {
        JsonObject payment = create(10050, "automatic");
        String invoice = invoice(payment);
        // the payer paid 1.50 of the 100.50 (say, in a widget whose amount it changed)
        EPAYMENT.status(invoice, "CHARGE", "1.5", "tx-" + invoice);

        Reply back = Hub.get("/api/v1/return/epayment?token=" + payment.getString("token"), null);
        assertThat(back.status()).isEqualTo(302);
        assertThat(back.header("Location")).endsWith("status=PENDING");
        Reply refreshed = Hub.get(path(payment, "?refresh=true"), Hub.APP1_KEY);
        assertThat(refreshed.status()).isEqualTo(409);
        assertThat(refreshed.json().getString("code")).isEqualTo("amount_mismatch");
        assertThat(get(payment).getString("status")).isEqualTo("PENDING");
    }

    @Test
    void check_status_confirms_a_payment_only_with_its_amount_and_currency() {
        JsonObject payment = create(10050, "automatic");
        String invoice = invoice(payment);
        EPAYMENT.statusAnswer(invoice, "{\"resultCode\":\"100\",\"resultMessage\":\"SUCCESS\",\"transaction\":{"
                + "\"id\":\"tx-" + invoice + "\",\"invoiceID\":\"" + invoice + "\",\"statusName\":\"CHARGE\"}}");

        assertThat(postLink("ok", invoice, "100.5", "KZT", secretHash(invoice)).status()).isEqualTo(200);
        assertThat(Hub.get(path(payment, "?refresh=true"), Hub.APP1_KEY).status()).isEqualTo(200);
        assertThat(get(payment).getString("status")).isEqualTo("PENDING");
    }

    @Test
    void an_error_post_link_without_amount_is_not_made_a_success_by_a_charge_of_another_amount() {
        JsonObject payment = create(10050, "automatic");
        String invoice = invoice(payment);
        EPAYMENT.status(invoice, "CHARGE", "1.5", "tx-" + invoice);
        String body = EpaymentSimulator.postLink("error", invoice, "0", "KZT", secretHash(invoice), "tx-" + invoice)
                .replace("\"amount\":0,", "");

        Reply reply = Hub.postRaw(CALLBACK, body.getBytes(), JSON);
        assertThat(reply.status()).as("check-status's charge is of another amount").isEqualTo(409);
        assertThat(reply.json().getString("code")).isEqualTo("amount_mismatch");
        assertThat(get(payment).getString("status")).isEqualTo("PENDING");
    }

    @Test
    void a_post_link_without_the_issued_secret_hash_or_for_another_terminal_is_refused_with_401() {
        JsonObject payment = create(10050, "automatic");
        String invoice = invoice(payment);
        EPAYMENT.status(invoice, "CHARGE", "100.5", "tx-" + invoice);

        assertThat(postLink("ok", invoice, "100.5", "KZT", "0".repeat(64)).status()).isEqualTo(401);
        String otherTerminal = EpaymentSimulator.postLink("ok", invoice, "100.5", "KZT", secretHash(invoice), "tx-1")
                .replace("\"terminal\":\"67890\"", "\"terminal\":\"11111\"");
        assertThat(Hub.postRaw(CALLBACK, otherTerminal.getBytes(), JSON).status()).isEqualTo(401);
        assertThat(get(payment).getString("status")).isEqualTo("PENDING");
    }

    @Test
    void an_error_post_link_declines_the_payment() {
        JsonObject payment = create(10050, "automatic");
        String invoice = invoice(payment);
        EPAYMENT.statusAnswer(invoice, "{\"resultCode\":\"102\",\"resultMessage\":\"Invoice not found\"}");

        assertThat(postLink("error", invoice, "100.5", "KZT", secretHash(invoice)).status()).isEqualTo(200);
        assertThat(get(payment).getString("status")).isEqualTo("DECLINED");
    }

    @Test
    void refresh_asks_check_status() {
        JsonObject payment = create(10050, "automatic");
        String invoice = invoice(payment);
        EPAYMENT.status(invoice, "CHARGE", "100.5", "tx-" + invoice);

        JsonObject refreshed = Hub.get("/api/v1/payments/" + payment.getString("id") + "?refresh=true", Hub.APP1_KEY)
                .json();
        assertThat(refreshed.getString("status")).isEqualTo("SUCCESSFUL");
    }

    @Test
    void an_authorization_is_charged_in_part() {
        JsonObject payment = authorized(10050);
        String tx = "tx-" + invoice(payment);
        EPAYMENT.operationSucceeds(tx, "charge", 0);

        Reply capture = Hub.post(path(payment, "/capture"), Hub.APP1_KEY, "{\"amount\":6000}");
        assertThat(capture.status()).isEqualTo(200);
        JsonObject captured = get(payment);
        assertThat(captured.getString("status")).isEqualTo("SUCCESSFUL");
        assertThat(captured.getJsonNumber("capturedAmount").longValue()).isEqualTo(6000);
        assertThat(EPAYMENT.operations(tx, "charge")).singleElement()
                .satisfies(request -> assertThat(request.getUrl()).endsWith("/charge?amount=60"));
    }

    @Test
    void an_authorization_is_cancelled() {
        JsonObject payment = authorized(10050);
        String tx = "tx-" + invoice(payment);
        EPAYMENT.operationSucceeds(tx, "cancel", 0);

        assertThat(Hub.post(path(payment, "/cancel"), Hub.APP1_KEY, "{}").status()).isEqualTo(200);
        assertThat(get(payment).getString("status")).isEqualTo("CANCELLED");
        assertThat(EPAYMENT.operations(tx, "cancel")).hasSize(1);
    }

    @Test
    void a_payment_is_refunded_in_part_then_in_full_with_the_hubs_refund_ids() {
        JsonObject payment = paid(10050);
        String tx = "tx-" + invoice(payment);
        EPAYMENT.operationSucceeds(tx, "refund", 0);

        Reply partial = Hub.post(path(payment, "/refunds"), Hub.APP1_KEY, "{\"amount\":3000}");
        assertThat(partial.status()).isEqualTo(201);
        assertThat(partial.json().getString("status")).isEqualTo("SUCCEEDED");
        assertThat(get(payment).getString("status")).isEqualTo("PARTIALLY_REFUNDED");

        Reply rest = Hub.post(path(payment, "/refunds"), Hub.APP1_KEY, "{}");
        assertThat(rest.status()).isEqualTo(201);
        JsonObject refunded = get(payment);
        assertThat(refunded.getString("status")).isEqualTo("REFUNDED");
        assertThat(refunded.getJsonNumber("refundedAmount").longValue()).isEqualTo(10050);
        assertThat(EPAYMENT.operations(tx, "refund")).extracting(request -> request.getUrl()).containsExactly(
                "/operation/" + tx + "/refund?amount=30&externalID=" + partial.json().getString("id"),
                "/operation/" + tx + "/refund?amount=70.5&externalID=" + rest.json().getString("id"));
    }

    @Test
    void a_full_refund_names_no_amount() {
        JsonObject payment = paid(10050);
        String tx = "tx-" + invoice(payment);
        EPAYMENT.operationSucceeds(tx, "refund", 0);

        Reply refund = Hub.post(path(payment, "/refunds"), Hub.APP1_KEY, "{}");
        assertThat(refund.status()).isEqualTo(201);
        assertThat(get(payment).getString("status")).isEqualTo("REFUNDED");
        assertThat(EPAYMENT.operations(tx, "refund")).extracting(request -> request.getUrl())
                .containsExactly("/operation/" + tx + "/refund?externalID=" + refund.json().getString("id"));
    }

    @Test
    void a_refund_below_10_kzt_is_refused_locally_with_422() {
        JsonObject payment = paid(10050);
        String tx = "tx-" + invoice(payment);

        Reply refused = Hub.post(path(payment, "/refunds"), Hub.APP1_KEY, "{\"amount\":999}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().getString("code")).isEqualTo("refund_not_allowed");
        JsonObject unchanged = get(payment);
        assertThat(unchanged.getString("status")).isEqualTo("SUCCESSFUL");
        assertThat(unchanged.getJsonNumber("refundedAmount").longValue()).isZero();
        assertThat(EPAYMENT.operations(tx, "refund")).isEmpty();
    }

    @Test
    void a_refund_that_times_out_stays_pending_and_keeps_the_money_reserved() {
        JsonObject payment = paid(10050);
        String tx = "tx-" + invoice(payment);
        EPAYMENT.operationSucceeds(tx, "refund", 4000);

        Reply refund = Hub.post(path(payment, "/refunds"), Hub.APP1_KEY, "{\"amount\":5000}");
        assertThat(refund.status()).isEqualTo(201);
        assertThat(refund.json().getString("status")).isEqualTo("PENDING");
        JsonObject after = get(payment);
        assertThat(after.getString("status")).isEqualTo("SUCCESSFUL");
        Reply tooMuch = Hub.post(path(payment, "/refunds"), Hub.APP1_KEY, "{\"amount\":6000}");
        assertThat(tooMuch.status()).as("the pending refund stays reserved").isEqualTo(422);
        assertThat(tooMuch.json().getString("code")).isEqualTo("refund_exceeds_captured");
    }

    @Test
    void a_charge_that_times_out_leaves_the_authorization_as_it_was() {
        JsonObject payment = authorized(10050);
        String tx = "tx-" + invoice(payment);
        EPAYMENT.operationSucceeds(tx, "charge", 4000);

        Hub.post(path(payment, "/capture"), Hub.APP1_KEY, "{}");
        JsonObject after = get(payment);
        assertThat(after.getString("status")).isEqualTo("AUTHORIZED");
        assertThat(after.getJsonArray("events").toString()).contains("unreachable");
    }

    @Test
    void the_card_of_a_confirmed_payment_is_saved_for_its_customer_and_listed() {
        String customer = "cust_" + System.nanoTime();
        JsonObject payment = paidSavingCard(customer, "card-777");

        Reply cards = Hub.get("/api/v1/customers/" + customer + "/cards", Hub.APP1_KEY);
        assertThat(cards.status()).isEqualTo(200);
        assertThat(cards.json().getJsonArray("cards")).hasSize(1);
        JsonObject card = cards.json().getJsonArray("cards").getJsonObject(0);
        assertThat(card.getString("gateway")).isEqualTo("epayment");
        assertThat(card.getString("cardId")).isEqualTo("card-777");
        assertThat(card.getString("cardMask")).isEqualTo("440043******6333");
        assertThat(Hub.get("/api/v1/customers/" + customer + "/cards", Hub.APP2_KEY).json().getJsonArray("cards"))
                .as("another app's customer").isEmpty();

        Reply again = Hub.post("/api/v1/payments", Hub.APP1_KEY, "{\"gateway\":\"epayment\",\"amount\":2000,"
                + "\"currency\":\"KZT\",\"description\":\"Again\",\"customer\":{\"id\":\"" + customer + "\"},"
                + "\"metadata\":{\"savedCard\":\"" + card.getString("id") + "\"}}");
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.json().getString("status")).isEqualTo("PENDING");
        String invoice2 = invoiceOfLastCardPayment();
        JsonObject request = jakarta.json.Json.createReader(new java.io.StringReader(
                EPAYMENT.cardPayments().get(EPAYMENT.cardPayments().size() - 1).getBodyAsString())).readObject();
        assertThat(request.getString("paymentType")).isEqualTo("cardId");
        assertThat(request.getJsonObject("cardId").getString("id")).isEqualTo("card-777");
        assertThat(request.getString("terminalId")).isEqualTo(EpaymentSimulator.TERMINAL);
        assertThat(request.getString("accountId")).as("the account the widget saved it under")
                .isEqualTo(accountId(payment));
        assertThat(request.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("20");
        EPAYMENT.status(invoice2, "CHARGE", "20", "tx-saved");
        assertThat(postLink("ok", invoice2, "20", "KZT", secretHash(invoice2)).status()).isEqualTo(200);
        assertThat(get(again.json()).getString("status")).isEqualTo("SUCCESSFUL");
    }

    @Test
    void a_payment_naming_another_customers_or_apps_saved_card_is_refused_before_anything_is_stored_or_sent() {
        String customer = "cust_" + System.nanoTime();
        paidSavingCard(customer, "card-999");
        String cardId = Hub.get("/api/v1/customers/" + customer + "/cards", Hub.APP1_KEY).json().getJsonArray("cards")
                .getJsonObject(0).getString("id");
        int tokenRequests = EPAYMENT.server().findAll(postRequestedFor(urlEqualTo("/oauth2/token"))).size();
        int cardPayments = EPAYMENT.cardPayments().size();

        String reference = "stolen-" + System.nanoTime();
        String stolen = "{\"gateway\":\"epayment\",\"amount\":2000,\"currency\":\"KZT\",\"description\":\"Stolen\","
                + "\"reference\":\"" + reference + "\",\"customer\":{\"id\":\"%s\"},"
                + "\"metadata\":{\"savedCard\":\"%s\"}}";
        for (Reply refused : new Reply[] {
                Hub.post("/api/v1/payments", Hub.APP1_KEY, stolen.formatted("someone_else", cardId)),
                Hub.post("/api/v1/payments", Hub.APP2_KEY, stolen.formatted(customer, cardId)),
                Hub.post("/api/v1/payments", Hub.APP1_KEY, stolen.formatted(customer, "card_" + "0".repeat(24)))}) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().getString("code")).isEqualTo("invalid_request");
        }
        assertThat(EPAYMENT.server().findAll(postRequestedFor(urlEqualTo("/oauth2/token")))).hasSize(tokenRequests);
        assertThat(EPAYMENT.cardPayments()).hasSize(cardPayments);
        for (String key : new String[] {Hub.APP1_KEY, Hub.APP2_KEY}) {
            assertThat(Hub.get("/api/v1/payments?reference=" + reference, key).json().getJsonArray("items"))
                    .as("nothing stored").isEmpty();
        }
    }

    /** A payment of {@code customer}'s, confirmed by a postLink (sent twice) that carries its saved card's id. */
    private static JsonObject paidSavingCard(String customer, String gatewayCardId) {
        JsonObject payment = create(10050, "automatic", customer);
        String invoice = invoice(payment);
        EPAYMENT.status(invoice, "CHARGE", "100.5", "tx-" + invoice);
        String body = EpaymentSimulator.postLink("ok", invoice, "100.5", "KZT", secretHash(invoice), "tx-" + invoice)
                .replace("\"code\":", "\"cardId\":\"" + gatewayCardId + "\",\"code\":");
        assertThat(Hub.postRaw(CALLBACK, body.getBytes(), JSON).status()).isEqualTo(200);
        assertThat(Hub.postRaw(CALLBACK, body.getBytes(), JSON).status()).as("a duplicate").isEqualTo(200);
        return payment;
    }

    private static String invoiceOfLastCardPayment() {
        var requests = EPAYMENT.cardPayments();
        return jakarta.json.Json.createReader(new java.io.StringReader(requests.get(requests.size() - 1)
                .getBodyAsString())).readObject().getString("invoiceId");
    }

    @Test
    void no_card_is_saved_from_a_post_link_that_check_status_does_not_confirm() {
        String customer = "cust_" + System.nanoTime();
        JsonObject payment = create(10050, "automatic", customer);
        String invoice = invoice(payment);
        EPAYMENT.status(invoice, "NEW", "100.5", "tx-" + invoice);
        String body = EpaymentSimulator.postLink("ok", invoice, "100.5", "KZT", secretHash(invoice), "tx-" + invoice)
                .replace("\"code\":", "\"cardId\":\"card-888\",\"code\":");
        assertThat(Hub.postRaw(CALLBACK, body.getBytes(), JSON).status()).isEqualTo(200);
        assertThat(Hub.get("/api/v1/customers/" + customer + "/cards", Hub.APP1_KEY).json().getJsonArray("cards"))
                .isEmpty();
    }

    private static JsonObject create(long amount, String capture) {
        return create(amount, capture, "user_1");
    }

    private static JsonObject create(long amount, String capture, String customer) {
        Reply reply = Hub.post("/api/v1/payments", Hub.APP1_KEY, "{\"gateway\":\"epayment\",\"amount\":" + amount
                + ",\"currency\":\"KZT\",\"description\":\"Credits\",\"customer\":{\"id\":\"" + customer
                + "\"},\"capture\":\"" + capture + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static JsonObject paid(long amount) {
        JsonObject payment = create(amount, "automatic");
        String invoice = invoice(payment);
        String major = new java.math.BigDecimal(amount).movePointLeft(2).stripTrailingZeros().toPlainString();
        EPAYMENT.status(invoice, "CHARGE", major, "tx-" + invoice);
        assertThat(postLink("ok", invoice, major, "KZT", secretHash(invoice)).status()).isEqualTo(200);
        assertThat(get(payment).getString("status")).isEqualTo("SUCCESSFUL");
        return payment;
    }

    private static JsonObject authorized(long amount) {
        JsonObject payment = create(amount, "manual");
        String invoice = invoice(payment);
        String major = new java.math.BigDecimal(amount).movePointLeft(2).stripTrailingZeros().toPlainString();
        EPAYMENT.status(invoice, "AUTH", major, "tx-" + invoice);
        assertThat(postLink("ok", invoice, major, "KZT", secretHash(invoice)).status()).isEqualTo(200);
        assertThat(get(payment).getString("status")).isEqualTo("AUTHORIZED");
        return payment;
    }

    private static Reply postLink(String code, String invoice, String amount, String currency, String secretHash) {
        String body = EpaymentSimulator.postLink(code, invoice, amount, currency, secretHash, "tx-" + invoice);
        return Hub.postRaw(CALLBACK, body.getBytes(), JSON);
    }

    /** The accountId the widget is opened with: epayment.kz keeps the customer's saved cards under it. */
    private static String accountId(JsonObject payment) {
        return payment.getJsonObject("checkout").getJsonObject("fields").getString("accountId");
    }

    private static String invoice(JsonObject payment) {
        return payment.getJsonObject("checkout").getJsonObject("fields").getString("invoiceId");
    }

    /** The secret_hash the hub sent with the invoice's token request: epayment.kz echoes it in the postLink. */
    private static String secretHash(String invoice) {
        return EPAYMENT.tokenRequest(invoice).get("secret_hash");
    }

    private static String path(JsonObject payment, String operation) {
        return "/api/v1/payments/" + payment.getString("id") + operation;
    }

    private static JsonObject get(JsonObject payment) {
        return Hub.get("/api/v1/payments/" + payment.getString("id"), Hub.APP1_KEY).json();
    }
}
