package io.paymenthub.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static io.paymenthub.it.BogSimulator.ORDERS;
import static io.paymenthub.it.BogSimulator.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.paymenthub.it.Hub.Reply;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Opening a BOG order: the OAuth token and its cache, the order request, the redirect, BOG failing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BogCheckoutIT {

    @RegisterExtension
    static final BogSimulator BOG = new BogSimulator();

    @BeforeEach
    void reset() {
        BOG.server.resetAll();
    }

    static Reply create(long amount, String currency, String extra) {
        return Hub.post("/api/v1/payments", Hub.APP1_KEY, "{\"gateway\":\"bog\",\"amount\":" + amount
                + ",\"currency\":\"" + currency + "\",\"description\":\"Credit purchase: 100 credits\"" + extra + "}");
    }

    static String orderId() {
        return "ord-" + UUID.randomUUID();
    }

    @Test
    void the_order_carries_decimal_amounts_the_hub_s_urls_and_an_idempotency_key_and_the_payer_is_redirected() {
        BOG.issuesToken("tok-shape", 3600);
        String orderId = orderId();
        BOG.opensOrder(orderId);

        Reply created = create(2699, "GEL", ",\"reference\":\"credits:100\",\"customer\":{\"id\":\"user_1\",\"email\":\"a@b.example\"}");
        assertThat(created.status()).isEqualTo(201);
        JsonObject payment = created.json();
        assertThat(payment.getString("status")).isEqualTo("PENDING");
        assertThat(payment.getString("gatewayUid")).isEqualTo(orderId);
        assertThat(payment.getJsonObject("checkout").getString("type")).isEqualTo("redirect");
        assertThat(payment.getJsonObject("checkout").getString("url")).isEqualTo("https://payment.bog.ge/?order_id=" + orderId);

        List<LoggedRequest> orders = BOG.posts(ORDERS);
        LoggedRequest request = orders.get(orders.size() - 1);
        assertThat(request.getHeader("Authorization")).startsWith("Bearer ");
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        String key = request.getHeader("Idempotency-Key");
        assertThat(UUID.fromString(key).version()).isEqualTo(4);
        JsonObject order = BogSimulator.json(request);
        assertThat(order.getString("external_order_id")).isEqualTo(payment.getString("id"));
        assertThat(order.getString("callback_url")).isEqualTo(Hub.URL + "/api/v1/callbacks/bog");
        assertThat(order.getJsonObject("purchase_units").getString("currency")).isEqualTo("GEL");
        assertThat(order.getJsonObject("purchase_units").getJsonNumber("total_amount").toString()).isEqualTo("26.99");
        assertThat(order.getJsonObject("purchase_units").getJsonArray("basket").getJsonObject(0)
                .getJsonNumber("unit_price").toString()).isEqualTo("26.99");
        String returnUrl = Hub.URL + "/api/v1/return/bog?token=" + payment.getString("token");
        assertThat(order.getJsonObject("redirect_urls").getString("success")).isEqualTo(returnUrl);
        assertThat(order.getJsonObject("redirect_urls").getString("fail")).isEqualTo(returnUrl);
        assertThat(order.getString("capture")).isEqualTo("automatic");
        assertThat(order.getInt("ttl")).isBetween(2, 1440);
        assertThat(order.getString("application_type")).isEqualTo("web");
        assertThat(order.getJsonObject("buyer").getString("masked_email")).isEqualTo("a@b.example");

        Reply page = Hub.get("/pay/" + payment.getString("token"), null);
        assertThat(page.status()).isEqualTo(303);
        assertThat(page.header("Location")).isEqualTo("https://payment.bog.ge/?order_id=" + orderId);

        BOG.opensOrder(orderId());
        create(100, "USD", "");
        List<LoggedRequest> later = BOG.posts(ORDERS);
        LoggedRequest second = later.get(later.size() - 1);
        assertThat(second.getHeader("Idempotency-Key")).isNotEqualTo(key);
        assertThat(BogSimulator.json(second).getJsonObject("purchase_units").getJsonNumber("total_amount").toString())
                .isEqualTo("1.00");
    }

    @Test
    void one_token_serves_many_payments() {
        BOG.issuesToken("tok-many", 3600);
        BOG.opensOrderOnlyFor("tok-many", orderId());
        assertThat(create(100, "GEL", "").status()).isEqualTo(201);
        BOG.server.resetRequests();

        for (int i = 0; i < 3; i++) {
            assertThat(create(100 + i, "GEL", "").status()).isEqualTo(201);
        }
        assertThat(BOG.posts(TOKEN)).isEmpty();
        assertThat(BOG.posts(ORDERS)).hasSize(3).allMatch(r -> "Bearer tok-many".equals(r.getHeader("Authorization")));
    }

    @Test
    void a_token_bog_refuses_is_dropped_and_the_order_is_sent_once_more_with_a_new_one() {
        BOG.issuesToken("tok-old", 3600);
        BOG.opensOrder(orderId());
        assertThat(create(100, "GEL", "").status()).isEqualTo(201);
        BOG.issuesToken("tok-new", 3600);
        BOG.opensOrderOnlyFor("tok-new", orderId());
        BOG.server.resetRequests();

        Reply created = create(100, "GEL", "");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().getString("status")).isEqualTo("PENDING");
        List<LoggedRequest> orders = BOG.posts(ORDERS);
        assertThat(orders).hasSize(2);
        assertThat(orders.get(0).getHeader("Authorization")).isNotEqualTo("Bearer tok-new");
        assertThat(orders.get(1).getHeader("Authorization")).isEqualTo("Bearer tok-new");
        assertThat(orders.get(1).getHeader("Idempotency-Key")).isEqualTo(orders.get(0).getHeader("Idempotency-Key"));
        assertThat(BOG.posts(TOKEN)).hasSize(1);
        assertThat(BOG.posts(TOKEN).get(0).getBodyAsString()).isEqualTo("grant_type=client_credentials");
        assertThat(BOG.posts(TOKEN).get(0).getHeader("Authorization")).isEqualTo(BogSimulator.BASIC);
    }

    @Test
    void a_token_is_renewed_when_it_expires_before_bog_refuses_it() throws InterruptedException {
        BOG.issuesToken("tok-short", 61); // valid for 1 s after the hub's 60 s safety margin
        BOG.opensOrderOnlyFor("tok-short", orderId());
        assertThat(create(100, "GEL", "").status()).isEqualTo(201);
        Thread.sleep(1500);
        BOG.issuesToken("tok-long", 3600);
        BOG.opensOrderOnlyFor("tok-long", orderId());
        BOG.server.resetRequests();

        assertThat(create(100, "GEL", "").status()).isEqualTo(201);
        assertThat(BOG.posts(TOKEN)).hasSize(1);
        assertThat(BOG.posts(ORDERS)).hasSize(1)
                .allMatch(r -> "Bearer tok-long".equals(r.getHeader("Authorization")));
    }

    @Test
    void bog_answering_500_or_too_late_leaves_the_payment_created() {
        BOG.issuesToken("tok-5xx", 3600);
        BOG.ordersAnswer(aResponse().withStatus(500).withBody("upstream trouble"));
        Reply unavailable = create(100, "GEL", "");
        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(unavailable.json().getString("code")).isEqualTo("gateway_unavailable");
        String paymentId = unavailable.json().getString("paymentId");
        assertThat(Hub.get("/api/v1/payments/" + paymentId, Hub.APP1_KEY).json().getString("status")).isEqualTo("CREATED");

        BOG.ordersAnswer(BogSimulator.order(orderId()).withFixedDelay(4000));
        Reply late = create(100, "GEL", "");
        assertThat(late.status()).isEqualTo(503);
        assertThat(Hub.get("/api/v1/payments/" + late.json().getString("paymentId"), Hub.APP1_KEY).json()
                .getString("status")).isEqualTo("CREATED");
    }

    @Test
    void a_refused_order_is_a_gateway_refusal() {
        BOG.issuesToken("tok-400", 3600);
        BOG.ordersAnswer(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"Invalid currency\"}"));
        Reply refused = create(100, "GEL", "");
        assertThat(refused.status()).isEqualTo(502);
        assertThat(refused.json().getString("detail")).contains("Invalid currency");
    }
}
