package io.paymenthub.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.paymenthub.it.Hub.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Merchant notifications: an outbox row per status change, signed deliveries, retries, death and redelivery. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationsIT {

    @RegisterExtension
    static final NotifyReceiver RECEIVER = new NotifyReceiver();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static String newPath() {
        return "/hooks/" + UUID.randomUUID();
    }

    private static JsonObject paymentNotifying(String path) {
        return Hub.createPayment(500, "notifyUrl", "\"" + NotifyReceiver.url(path) + "\"");
    }

    private static List<JsonObject> notifications(JsonObject payment) {
        Reply reply = Hub.get("/api/v1/payments/" + payment.getString("id") + "/notifications", Hub.APP1_KEY);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().getJsonArray("notifications").getValuesAs(JsonObject.class);
    }

    private static JsonObject notificationOfType(JsonObject payment, String type) {
        return notifications(payment).stream().filter(n -> n.getString("type").equals(type)).findFirst().orElse(null);
    }

    private static boolean hasStatus(JsonObject payment, String type, String status) {
        JsonObject notification = notificationOfType(payment, type);
        return notification != null && notification.getString("status").equals(status);
    }

    private static JsonObject body(LoggedRequest request) {
        try (var reader = Json.createReader(new StringReader(request.getBodyAsString()))) {
            return reader.readObject();
        }
    }

    @Test
    void a_receiver_failing_twice_then_succeeding_gets_the_same_signed_event_three_times() throws Exception {
        String path = newPath();
        RECEIVER.server.stubFor(post(urlEqualTo(path)).atPriority(10).willReturn(aResponse().withStatus(200)));
        String scenario = "flaky " + path;
        var succeeded = matchingJsonPath("$.type", com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                "payment.succeeded"));
        RECEIVER.server.stubFor(post(urlEqualTo(path)).atPriority(1).withRequestBody(succeeded).inScenario(scenario)
                .whenScenarioStateIs(STARTED).willReturn(aResponse().withStatus(500)).willSetStateTo("failed once"));
        RECEIVER.server.stubFor(post(urlEqualTo(path)).atPriority(1).withRequestBody(succeeded).inScenario(scenario)
                .whenScenarioStateIs("failed once").willReturn(aResponse().withStatus(503))
                .willSetStateTo("failed twice"));
        RECEIVER.server.stubFor(post(urlEqualTo(path)).atPriority(1).withRequestBody(succeeded).inScenario(scenario)
                .whenScenarioStateIs("failed twice").willReturn(aResponse().withStatus(204)));

        JsonObject payment = paymentNotifying(path);
        assertThat(Hub.payOnDummyPage(payment.getString("token"), "success").status()).isEqualTo(303);
        NotifyReceiver.await("payment.succeeded is delivered", PATIENCE,
                () -> hasStatus(payment, "payment.succeeded", "DELIVERED"));

        JsonObject notification = notificationOfType(payment, "payment.succeeded");
        assertThat(notification.getInt("attempts")).isEqualTo(3);
        assertThat(notification.getJsonArray("deliveries").getValuesAs(JsonObject.class))
                .extracting(d -> d.getInt("statusCode")).containsExactly(500, 503, 204);
        List<LoggedRequest> received = RECEIVER.requestsTo(path).stream()
                .filter(r -> body(r).getString("type").equals("payment.succeeded")).toList();
        assertThat(received).hasSize(3);
        long now = System.currentTimeMillis() / 1000;
        for (LoggedRequest request : received) {
            assertThat(NotifyReceiver.verify(request.getHeader("Payment-Signature"), request.getBodyAsString(), now))
                    .as(request.getHeader("Payment-Signature")).isTrue();
            JsonObject event = body(request);
            assertThat(event.getString("id")).isEqualTo(notification.getString("id")).startsWith("evt_");
            assertThat(event.getJsonObject("data").getJsonObject("payment").getString("id"))
                    .isEqualTo(payment.getString("id"));
            assertThat(event.getJsonObject("data").getJsonObject("payment").getString("status")).isEqualTo("SUCCESSFUL");
        }
        LoggedRequest first = received.get(0);
        assertThat(NotifyReceiver.verify(first.getHeader("Payment-Signature"), first.getBodyAsString() + " ", now))
                .as("a changed body fails the check").isFalse();
        assertThat(NotifyReceiver.verify(first.getHeader("Payment-Signature"), first.getBodyAsString(), now + 301))
                .as("an old signature fails the check").isFalse();
    }

    @Test
    void the_notification_is_written_with_the_status_change_and_every_change_has_its_own_event_id() throws Exception {
        String path = newPath();
        RECEIVER.server.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
        JsonObject payment = paymentNotifying(path);
        byte[] callback = DummyCallbacks.body(payment, "SUCCESSFUL", 500);
        assertThat(DummyCallbacks.sendSigned(callback).status()).isEqualTo(200);
        // committed with the change, before any sender ran for it: pending or already delivered, never missing
        JsonObject written = notificationOfType(payment, "payment.succeeded");
        assertThat(written).isNotNull();
        assertThat(written.getString("status")).isIn("PENDING", "DELIVERED");

        assertThat(DummyCallbacks.sendSigned(callback).status()).as("a duplicate changes nothing").isEqualTo(200);
        assertThat(Hub.post("/api/v1/payments/" + payment.getString("id") + "/refunds", Hub.APP1_KEY, "").status())
                .isEqualTo(201);
        NotifyReceiver.await("all are delivered", PATIENCE, () -> notifications(payment).stream()
                .allMatch(n -> n.getString("status").equals("DELIVERED")));
        List<JsonObject> all = notifications(payment);
        assertThat(all).extracting(n -> n.getString("type"))
                .containsExactly("payment.pending", "payment.succeeded", "payment.refunded");
        Set<String> ids = new HashSet<>();
        RECEIVER.requestsTo(path).forEach(r -> ids.add(body(r).getString("id")));
        assertThat(ids).hasSize(3).containsExactlyInAnyOrderElementsOf(all.stream().map(n -> n.getString("id")).toList());
    }

    @Test
    void a_refused_change_rolls_back_and_writes_no_notification() {
        String path = newPath();
        RECEIVER.server.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
        JsonObject payment = paymentNotifying(path);
        Reply mismatch = DummyCallbacks.sendSigned(DummyCallbacks.body(payment, "SUCCESSFUL", 499));
        assertThat(mismatch.status()).isEqualTo(409);
        assertThat(notifications(payment)).extracting(n -> n.getString("type")).containsExactly("payment.pending");
    }

    @Test
    void a_notification_that_always_fails_is_dead_after_six_attempts_and_can_be_redelivered() throws Exception {
        String path = newPath();
        RECEIVER.server.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(500)));
        JsonObject payment = paymentNotifying(path);
        Hub.payOnDummyPage(payment.getString("token"), "decline");
        NotifyReceiver.await("payment.declined is dead", PATIENCE,
                () -> hasStatus(payment, "payment.declined", "DEAD"));
        JsonObject dead = notificationOfType(payment, "payment.declined");
        assertThat(dead.getInt("attempts")).isEqualTo(6);
        assertThat(dead.getInt("lastStatusCode")).isEqualTo(500);
        assertThat(dead.get("nextAttemptAt")).isNull();

        MerchantApiIT.assertProblem(Hub.post("/api/v1/notifications/" + dead.getString("id") + "/redeliver",
                Hub.APP2_KEY, ""), 404, "not_found");
        RECEIVER.server.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
        Reply redelivered = Hub.post("/api/v1/notifications/" + dead.getString("id") + "/redeliver", Hub.APP1_KEY, "");
        assertThat(redelivered.status()).as(redelivered.body()).isEqualTo(202);
        assertThat(redelivered.json().getString("status")).isEqualTo("PENDING");
        NotifyReceiver.await("the redelivery succeeds", PATIENCE,
                () -> hasStatus(payment, "payment.declined", "DELIVERED"));
        assertThat(notificationOfType(payment, "payment.declined").getJsonArray("deliveries")).hasSize(7);
        MerchantApiIT.assertProblem(Hub.post("/api/v1/notifications/" + dead.getString("id") + "/redeliver",
                Hub.APP1_KEY, "", "Idempotency-Key", "again-" + UUID.randomUUID()), 409, "invalid_transition");
    }

    @Test
    void a_payment_without_a_notify_url_has_no_notifications_and_another_apps_payment_is_not_found() {
        JsonObject payment = Hub.createPayment(300);
        Hub.payOnDummyPage(payment.getString("token"), "success");
        assertThat(notifications(payment)).isEmpty();
        MerchantApiIT.assertProblem(Hub.get("/api/v1/payments/" + payment.getString("id") + "/notifications",
                Hub.APP2_KEY), 404, "not_found");
    }
}
