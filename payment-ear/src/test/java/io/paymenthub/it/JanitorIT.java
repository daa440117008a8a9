package io.paymenthub.it;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.paymenthub.it.Hub.Reply;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The janitor against the simulated BeGateway's status API (arquillian.xml: three runners every 500 ms, first
 * check 15 s after creation then every 2 s, time to live 1 minute).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JanitorIT {

    private static final BeGatewaySimulator GATEWAY = new BeGatewaySimulator();

    @BeforeAll
    static void startGateway() {
        GATEWAY.server.start();
    }

    @AfterAll
    static void stopGateway() {
        GATEWAY.server.stop();
    }

    private record Opened(JsonObject payment, String checkoutToken) {
    }

    private static Opened begatewayPayment(String gatewayStatus) {
        String checkoutToken = "jan_" + UUID.randomUUID();
        GATEWAY.opensCheckout(checkoutToken);
        Reply created = Hub.post("/api/v1/payments", Hub.APP1_KEY, "{\"gateway\":\"begateway\",\"amount\":700,"
                + "\"currency\":\"EUR\",\"description\":\"Janitor test\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String finished = gatewayStatus.equals("successful") ? "true" : "false";
        GATEWAY.checkoutStatus(checkoutToken, "{\"checkout\":{\"token\":\"" + checkoutToken + "\",\"finished\":"
                + finished + ",\"status\":\"" + gatewayStatus + "\",\"transaction_type\":\"payment\","
                + "\"gateway_response\":{\"payment\":{\"uid\":\"uid-" + checkoutToken + "\",\"status\":\""
                + gatewayStatus + "\"}},\"order\":{\"amount\":700,\"currency\":\"EUR\"}}}");
        return new Opened(created.json(), checkoutToken);
    }

    private static JsonObject read(JsonObject payment) {
        return Hub.get("/api/v1/payments/" + payment.getString("id"), Hub.APP1_KEY).json();
    }

    private static List<Instant> statusQueries(String checkoutToken) {
        List<LoggedRequest> requests = GATEWAY.server.findAll(
                getRequestedFor(urlEqualTo(BeGatewaySimulator.CHECKOUTS + "/" + checkoutToken)));
        return requests.stream().map(r -> r.getLoggedDate().toInstant()).sorted().toList();
    }

    @Test
    void a_payment_whose_callback_never_came_is_resolved_by_asking_its_gateway_one_paid_by_its_callback_is_not_asked()
            throws Exception {
        Opened opened = begatewayPayment("successful");
        Opened paidByCallback = begatewayPayment("successful");
        assertThat(BeGatewaySimulator.webhook(BeGatewayCallbacksIT.notification(paidByCallback.payment(),
                "uid-" + paidByCallback.checkoutToken(), "payment", "successful", 700)).status()).isEqualTo(200);
        assertThat(opened.payment().getString("status")).isEqualTo("PENDING");
        NotifyReceiver.await("the janitor resolves the payment", Duration.ofSeconds(60),
                () -> read(opened.payment()).getString("status").equals("SUCCESSFUL"));
        // its check fell due with the other's; a final payment's check is deleted, never asked about
        assertThat(statusQueries(paidByCallback.checkoutToken())).isEmpty();
        JsonObject resolved = read(opened.payment());
        assertThat(resolved.getJsonArray("events").getValuesAs(JsonObject.class))
                .anyMatch(e -> e.getString("source").equals("poll") && "SUCCESSFUL".equals(e.getString("to", null)));
        assertThat(resolved.containsKey("fulfilledAt")).isTrue();
    }

    @Test
    void abandoned_payments_expire_after_a_last_query_and_concurrent_runners_never_query_one_at_once()
            throws Exception {
        List<Opened> abandoned = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            abandoned.add(begatewayPayment("pending"));
        }
        NotifyReceiver.await("all expire", Duration.ofSeconds(150), () -> abandoned.stream()
                .allMatch(o -> read(o.payment()).getString("status").equals("EXPIRED")));

        for (Opened o : abandoned) {
            JsonObject expired = read(o.payment());
            Instant created = Instant.parse(expired.getString("createdAt"));
            JsonObject expiry = expired.getJsonArray("events").getValuesAs(JsonObject.class).stream()
                    .filter(e -> "EXPIRED".equals(e.getString("to", null))).findFirst().orElseThrow();
            Instant expiredAt = Instant.parse(expiry.getString("at"));
            assertThat(expiry.getString("source")).isEqualTo("timer");
            assertThat(expiredAt).isAfterOrEqualTo(created.plus(Duration.ofMinutes(1)));

            List<Instant> queries = statusQueries(o.checkoutToken());
            assertThat(queries).as("checked with backoff, not only once").hasSizeGreaterThan(5);
            assertThat(queries.get(queries.size() - 1)).as("one last query just before expiring")
                    .isBetween(expiredAt.minusSeconds(5), expiredAt);
            for (int i = 1; i < queries.size(); i++) {
                assertThat(Duration.between(queries.get(i - 1), queries.get(i)))
                        .as("two queries of %s at once: %s", o.checkoutToken(), queries)
                        .isGreaterThan(Duration.ofMillis(1500));
            }
        }
    }
}
