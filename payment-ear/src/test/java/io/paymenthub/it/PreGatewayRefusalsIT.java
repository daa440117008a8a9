package io.paymenthub.it;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.it.Hub.Reply;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Refusals an adapter makes before its gateway is asked, each seen from outside: the answer, nothing stored or
 * changed, and no request at the simulated gateway. (Others have their own gateway's IT: BOG's payment methods in
 * BogBasketIT, NewebPay's cents and capture modes in NewebPayFlowIT, NewebPayOperationsIT and OwnHubGatewayRulesIT,
 * epayment.kz's refund minimum in EpaymentFlowIT and its 180 days in OwnHubGatewayRulesIT, another customer's saved
 * card in EpaymentFlowIT.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PreGatewayRefusalsIT {

    private static final EpaymentSimulator EPAYMENT = new EpaymentSimulator();
    private static final BeGatewaySimulator BEGATEWAY = new BeGatewaySimulator();

    @BeforeAll
    static void startSimulators() {
        EPAYMENT.start();
        BEGATEWAY.server.start();
    }

    @AfterAll
    static void stopSimulators() {
        EPAYMENT.stop();
        BEGATEWAY.server.stop();
    }

    @Test
    void newebpay_and_epayment_refuse_a_currency_they_do_not_take_before_anything_is_stored() {
        int tokenRequests = tokenRequests();
        String reference = "currency-" + System.nanoTime();

        Reply newebpay = Hub.post("/api/v1/payments", Hub.APP1_KEY, "{\"gateway\":\"newebpay\",\"amount\":3000,"
                + "\"currency\":\"EUR\",\"reference\":\"" + reference + "\"}");
        assertThat(newebpay.status()).isEqualTo(400);
        assertThat(newebpay.json().getString("code")).isEqualTo("invalid_currency");
        Reply epayment = Hub.post("/api/v1/payments", Hub.APP1_KEY, "{\"gateway\":\"epayment\",\"amount\":3000,"
                + "\"currency\":\"GEL\",\"reference\":\"" + reference + "\"}");
        assertThat(epayment.status()).isEqualTo(400);
        assertThat(epayment.json().getString("code")).isEqualTo("invalid_currency");

        assertThat(tokenRequests()).isEqualTo(tokenRequests);
        assertThat(Hub.get("/api/v1/payments?reference=" + reference, Hub.APP1_KEY).json().getJsonArray("items"))
                .as("nothing stored").isEmpty();
    }

    @Test
    void an_epayment_saved_card_without_the_payments_customer_is_refused_before_epayment_is_asked() {
        int tokenRequests = tokenRequests();
        int cardPayments = EPAYMENT.cardPayments().size();

        Reply refused = Hub.post("/api/v1/payments", Hub.APP1_KEY, "{\"gateway\":\"epayment\",\"amount\":2000,"
                + "\"currency\":\"KZT\",\"metadata\":{\"savedCard\":\"card_" + "0".repeat(24) + "\"}}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getString("code")).isEqualTo("invalid_request");
        assertThat(tokenRequests()).isEqualTo(tokenRequests);
        assertThat(EPAYMENT.cardPayments()).hasSize(cardPayments);
    }

    @Test
    void a_begateway_authorization_whose_uid_is_not_known_is_neither_captured_nor_voided_at_begateway() {
        String checkoutToken = "chk_nouid_" + System.nanoTime();
        BEGATEWAY.opensCheckout(checkoutToken);
        Reply created = Hub.post("/api/v1/payments", Hub.APP1_KEY, "{\"gateway\":\"begateway\",\"amount\":500,"
                + "\"currency\":\"EUR\",\"capture\":\"manual\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject payment = created.json();
        // the status API says "authorized" but names no transaction
        BEGATEWAY.checkoutStatus(checkoutToken, "{\"checkout\":{\"token\":\"" + checkoutToken + "\",\"finished\":true,"
                + "\"status\":\"successful\",\"transaction_type\":\"authorization\","
                + "\"order\":{\"amount\":500,\"currency\":\"EUR\"}}}");
        JsonObject authorized = Hub.get(path(payment, "?refresh=true"), Hub.APP1_KEY).json();
        assertThat(authorized.getString("status")).isEqualTo("AUTHORIZED");
        assertThat(authorized.containsKey("gatewayUid")).isFalse();

        Reply capture = Hub.post(path(payment, "/capture"), Hub.APP1_KEY, "{}");
        assertThat(capture.status()).isEqualTo(502);
        assertThat(capture.json().getString("code")).isEqualTo("gateway_refused");
        Reply cancel = Hub.post(path(payment, "/cancel"), Hub.APP1_KEY, "{}");
        assertThat(cancel.status()).isEqualTo(502);
        assertThat(cancel.json().getString("code")).isEqualTo("gateway_refused");

        assertThat(Hub.get(path(payment, ""), Hub.APP1_KEY).json().getString("status")).isEqualTo("AUTHORIZED");
        assertThat(BEGATEWAY.requestsTo("/transactions/captures")).isEmpty();
        assertThat(BEGATEWAY.requestsTo("/transactions/voids")).isEmpty();
    }

    private static int tokenRequests() {
        return EPAYMENT.server().findAll(postRequestedFor(urlEqualTo("/oauth2/token"))).size();
    }

    private static String path(JsonObject payment, String rest) {
        return "/api/v1/payments/" + payment.getString("id") + rest;
    }
}
