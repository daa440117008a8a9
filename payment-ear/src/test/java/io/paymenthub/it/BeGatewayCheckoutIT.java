package io.paymenthub.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.paymenthub.it.BeGatewaySimulator.CHECKOUTS;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.paymenthub.it.Hub.Reply;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Opening a BeGateway checkout: the request the gateway gets, its answers, and the widget page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BeGatewayCheckoutIT {

    private static final BeGatewaySimulator GATEWAY = new BeGatewaySimulator();

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

    static Reply create(long amount, String extra) {
        return Hub.post("/api/v1/payments", Hub.APP1_KEY, "{\"gateway\":\"begateway\",\"amount\":" + amount
                + ",\"currency\":\"EUR\",\"description\":\"Credit purchase: 100 credits\"" + extra + "}");
    }

    @Test
    void the_checkout_request_is_authenticated_versioned_and_carries_the_payment() {
        GATEWAY.opensCheckout("chk_shape");
        Reply created = create(200, ",\"reference\":\"credits:100\",\"customer\":{\"id\":\"user_123\",\"email\":\"a@b.example\"}");
        assertThat(created.status()).isEqualTo(201);
        JsonObject payment = created.json();
        assertThat(payment.getString("status")).isEqualTo("PENDING");
        String token = payment.getString("token");

        List<LoggedRequest> requests = GATEWAY.requestsTo(CHECKOUTS);
        assertThat(requests).hasSize(1);
        LoggedRequest request = requests.get(0);
        assertThat(request.getHeader("Authorization")).isEqualTo(BeGatewaySimulator.BASIC);
        assertThat(request.getHeader("X-API-Version")).isEqualTo("2");
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        JsonObject checkout = BeGatewaySimulator.json(request).getJsonObject("checkout");
        assertThat(checkout.getString("transaction_type")).isEqualTo("payment");
        assertThat(checkout.getBoolean("test")).isTrue();
        assertThat(checkout.getJsonObject("order").getJsonNumber("amount").isIntegral()).isTrue();
        assertThat(checkout.getJsonObject("order").getJsonNumber("amount").longValue()).isEqualTo(200);
        assertThat(checkout.getJsonObject("order").getString("currency")).isEqualTo("EUR");
        assertThat(checkout.getJsonObject("order").getString("tracking_id")).isEqualTo(payment.getString("id"));
        assertThat(checkout.getJsonObject("settings").getString("return_url"))
                .isEqualTo(Hub.URL + "/api/v1/return/begateway?token=" + token);
        assertThat(checkout.getJsonObject("settings").getString("notification_url"))
                .isEqualTo(Hub.URL + "/api/v1/callbacks/begateway");
        assertThat(checkout.getJsonObject("metadata").getString("payment_token_id")).isEqualTo(token);
        assertThat(checkout.getJsonObject("customer").getString("email")).isEqualTo("a@b.example");

        JsonObject hubCheckout = payment.getJsonObject("checkout");
        assertThat(hubCheckout.getString("type")).isEqualTo("widget");
        assertThat(hubCheckout.getString("token")).isEqualTo("chk_shape");
        assertThat(hubCheckout.getString("widgetScript")).isEqualTo("http://localhost:" + BeGatewaySimulator.PORT + "/js/be_gateway.js");
        assertThat(hubCheckout.getString("url")).isEqualTo("http://localhost:" + BeGatewaySimulator.PORT + "/widget/hpp.html?token=chk_shape");
    }

    @Test
    void the_hosted_page_opens_the_widget_with_the_checkout_token_and_falls_back_to_the_redirect() {
        GATEWAY.opensCheckout("chk_widget");
        String token = create(300, "").json().getString("token");

        Reply page = Hub.get("/pay/" + token, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("data-token=\"chk_widget\"",
                "data-script=\"http://localhost:" + BeGatewaySimulator.PORT + "/js/be_gateway.js\"", "data-widget-class=\"BeGateway\"",
                "data-fallback=\"http://localhost:" + BeGatewaySimulator.PORT + "/widget/hpp.html?token=chk_widget\"",
                "data-result=\"/pay/" + token + "/result\"", "closeWidget", "'redirected'", "3.00 EUR");
    }

    @Test
    void a_bare_token_answer_is_accepted_too() {
        GATEWAY.checkoutAnswers(okJson("{\"token\":\"chk_bare\"}"));
        JsonObject payment = create(200, "").json();
        assertThat(payment.getString("status")).isEqualTo("PENDING");
        assertThat(payment.getJsonObject("checkout").getString("token")).isEqualTo("chk_bare");
        assertThat(payment.getJsonObject("checkout").getString("url")).endsWith("token=chk_bare");
    }

    @Test
    void manual_capture_asks_for_an_authorization() {
        GATEWAY.opensCheckout("chk_auth");
        assertThat(create(200, ",\"capture\":\"manual\"").status()).isEqualTo(201);
        JsonObject checkout = BeGatewaySimulator.json(GATEWAY.requestsTo(CHECKOUTS).get(0)).getJsonObject("checkout");
        assertThat(checkout.getString("transaction_type")).isEqualTo("authorization");
    }

    @Test
    void an_answer_without_a_token_fails_the_payment_with_a_problem_and_leaves_it_error() {
        GATEWAY.checkoutAnswers(okJson("{\"checkout\":{\"redirect_url\":\"http://nowhere\"}}"));
        Reply refused = create(200, "");
        assertThat(refused.status()).isEqualTo(502);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("code")).isEqualTo("gateway_refused");
        String paymentId = refused.json().getString("paymentId");
        assertThat(Hub.get("/api/v1/payments/" + paymentId, Hub.APP1_KEY).json().getString("status")).isEqualTo("ERROR");
    }

    @Test
    void a_validation_refusal_keeps_the_gateways_words() {
        GATEWAY.checkoutAnswers(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
                .withBody("{\"response\":{\"message\":\"Currency is invalid\",\"errors\":{\"order.currency\":[\"is invalid\"]}}}"));
        Reply refused = create(200, "");
        assertThat(refused.status()).isEqualTo(502);
        assertThat(refused.json().getString("detail")).contains("Currency is invalid");
    }

    @Test
    void a_gateway_that_answers_500_fails_creation_cleanly_and_leaves_the_payment_created() {
        GATEWAY.checkoutAnswers(BeGatewaySimulator.status(500));
        Reply unavailable = create(200, "");
        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(unavailable.json().getString("code")).isEqualTo("gateway_unavailable");
        String paymentId = unavailable.json().getString("paymentId");
        assertThat(Hub.get("/api/v1/payments/" + paymentId, Hub.APP1_KEY).json().getString("status")).isEqualTo("CREATED");
    }

    @Test
    void a_gateway_that_times_out_fails_creation_cleanly() {
        GATEWAY.checkoutAnswers(okJson("{\"token\":\"too_late\"}").withFixedDelay(4000));
        Reply unavailable = create(200, "");
        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(unavailable.json().getString("code")).isEqualTo("gateway_unavailable");
    }

    @Test
    void a_checkout_path_that_does_not_exist_is_skipped_and_the_one_that_worked_remembered() {
        GATEWAY.opensCheckout("chk_path_1");
        assertThat(create(200, "").status()).isEqualTo(201);
        GATEWAY.server.resetRequests();

        GATEWAY.opensCheckout("chk_path_2");
        assertThat(create(200, "").status()).isEqualTo(201);
        assertThat(GATEWAY.requestsTo("/api/v2/checkouts")).isEmpty();
        assertThat(GATEWAY.requestsTo(CHECKOUTS)).hasSize(1);
    }
}
