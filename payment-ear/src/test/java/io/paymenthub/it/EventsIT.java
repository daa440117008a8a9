package io.paymenthub.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.it.Hub.Reply;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The events API: an app's events listed newest first, read, redelivered; each with its payment's sequence. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventsIT {

    @RegisterExtension
    static final NotifyReceiver RECEIVER = new NotifyReceiver();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    static JsonObject event(String id, String apiKey) {
        Reply reply = Hub.get("/api/v1/events/" + id, apiKey);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    static List<JsonObject> events(String query, String apiKey) {
        Reply reply = Hub.get("/api/v1/events?" + query, apiKey);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    static String state(JsonObject event) {
        return event.getJsonObject("delivery").getString("state");
    }

    /** A paid and refunded payment of app1 notifying {@code path}, once its three events are delivered. */
    private static JsonObject paidAndRefunded(String path) throws InterruptedException {
        RECEIVER.server.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
        JsonObject payment = Hub.createPayment(900, "notifyUrl", "\"" + NotifyReceiver.url(path) + "\"");
        assertThat(Hub.payOnDummyPage(payment.getString("token"), "success").status()).isEqualTo(303);
        assertThat(Hub.post("/api/v1/payments/" + payment.getString("id") + "/refunds", Hub.APP1_KEY, "").status())
                .isEqualTo(201);
        NotifyReceiver.await("three events delivered", PATIENCE, () -> {
            List<JsonObject> events = events("payment=" + payment.getString("id"), Hub.APP1_KEY);
            return events.size() == 3 && events.stream().allMatch(e -> state(e).equals("delivered"));
        });
        return payment;
    }

    @Test
    void a_payments_events_are_listed_newest_first_with_their_sequence_data_and_attempts() throws Exception {
        String path = "/events/" + UUID.randomUUID();
        JsonObject payment = paidAndRefunded(path);
        String paymentId = payment.getString("id");

        List<JsonObject> events = events("payment=" + paymentId, Hub.APP1_KEY);
        assertThat(events).extracting(e -> e.getString("type"))
                .containsExactly("payment.refunded", "payment.succeeded", "payment.pending");
        assertThat(events).extracting(e -> e.getInt("sequence")).containsExactly(3, 2, 1);
        JsonObject succeeded = events.get(1);
        assertThat(succeeded.getString("id")).startsWith("evt_");
        assertThat(succeeded.getJsonNumber("created").longValue()).isGreaterThan(1_700_000_000L);
        assertThat(succeeded.getJsonObject("data").getJsonObject("payment").getString("id")).isEqualTo(paymentId);
        assertThat(succeeded.getJsonObject("data").getJsonObject("payment").getString("status")).isEqualTo("SUCCESSFUL");
        assertThat(succeeded.getJsonObject("delivery").getJsonArray("attempts").getValuesAs(JsonObject.class))
                .extracting(a -> a.getInt("statusCode")).containsExactly(200);

        // the body sent carries the same sequence
        assertThat(RECEIVER.requestsTo(path)).anySatisfy(r -> assertThat(r.getBodyAsString())
                .contains("\"id\":\"" + succeeded.getString("id") + "\"").contains("\"sequence\":2"));
        assertThat(event(succeeded.getString("id"), Hub.APP1_KEY)).isEqualTo(succeeded);

        // filters and pages
        assertThat(events("payment=" + paymentId + "&type=payment.succeeded", Hub.APP1_KEY)).hasSize(1);
        assertThat(events("payment=" + paymentId + "&delivery=dead", Hub.APP1_KEY)).isEmpty();
        assertThat(events("payment=" + paymentId + "&delivery=delivered", Hub.APP1_KEY)).hasSize(3);
        Reply first = Hub.get("/api/v1/events?limit=2&payment=" + paymentId, Hub.APP1_KEY);
        assertThat(first.json().getJsonArray("items")).hasSize(2);
        String cursor = first.json().getString("nextCursor");
        Reply second = Hub.get("/api/v1/events?limit=2&payment=" + paymentId + "&cursor=" + cursor, Hub.APP1_KEY);
        assertThat(second.json().getJsonArray("items").getJsonObject(0).getString("type")).isEqualTo("payment.pending");
        assertThat(second.json().get("nextCursor")).as("no next page")
                .isIn(null, jakarta.json.JsonValue.NULL);
        assertThat(events("limit=1", Hub.APP1_KEY)).hasSize(1);

        // the per-payment notifications endpoint shows the same rows
        Reply notifications = Hub.get("/api/v1/payments/" + paymentId + "/notifications", Hub.APP1_KEY);
        assertThat(notifications.json().getJsonArray("notifications")).hasSize(3);
    }

    @Test
    void bad_filters_are_problems_and_another_apps_event_is_not_found() throws Exception {
        MerchantApiIT.assertProblem(Hub.get("/api/v1/events?delivery=lost", Hub.APP1_KEY), 400, "invalid_request");
        MerchantApiIT.assertProblem(Hub.get("/api/v1/events?limit=0", Hub.APP1_KEY), 400, "invalid_request");
        MerchantApiIT.assertProblem(Hub.get("/api/v1/events?limit=1.5", Hub.APP1_KEY), 400, "invalid_request");
        MerchantApiIT.assertProblem(Hub.get("/api/v1/events?cursor=nonsense", Hub.APP1_KEY), 400, "invalid_request");
        MerchantApiIT.assertProblem(Hub.get("/api/v1/events/evt_unknown", Hub.APP1_KEY), 404, "not_found");

        JsonObject payment = paidAndRefunded("/events/" + UUID.randomUUID());
        String eventId = events("payment=" + payment.getString("id"), Hub.APP1_KEY).get(0).getString("id");
        MerchantApiIT.assertProblem(Hub.get("/api/v1/events/" + eventId, Hub.APP2_KEY), 404, "not_found");
        MerchantApiIT.assertProblem(Hub.post("/api/v1/events/" + eventId + "/redeliver", Hub.APP2_KEY, ""), 404,
                "not_found");
        assertThat(events("payment=" + payment.getString("id"), Hub.APP2_KEY)).isEmpty();
        MerchantApiIT.assertProblem(Hub.get("/api/v1/events", null), 401, null);
    }

    @Test
    void a_delivered_event_is_redelivered_once_however_often_it_is_asked_with_the_same_key() throws Exception {
        String path = "/events/" + UUID.randomUUID();
        JsonObject payment = paidAndRefunded(path);
        JsonObject succeeded = events("payment=" + payment.getString("id") + "&type=payment.succeeded",
                Hub.APP1_KEY).get(0);
        String eventId = succeeded.getString("id");
        // the redelivery takes a while at the receiver: the retry comes while it is under way or before
        RECEIVER.server.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200).withFixedDelay(1500)));

        String key = "redeliver-" + UUID.randomUUID();
        Reply redeliver = Hub.post("/api/v1/events/" + eventId + "/redeliver", Hub.APP1_KEY, "", "Idempotency-Key", key);
        assertThat(redeliver.status()).as(redeliver.body()).isEqualTo(202);
        assertThat(state(redeliver.json())).isEqualTo("pending");
        Reply again = Hub.post("/api/v1/events/" + eventId + "/redeliver", Hub.APP1_KEY, "", "Idempotency-Key", key);
        assertThat(again.status()).as(again.body()).isEqualTo(202);
        assertThat(again.body()).isEqualTo(redeliver.body());

        NotifyReceiver.await("the redelivery", PATIENCE, () -> state(event(eventId, Hub.APP1_KEY)).equals("delivered"));
        Thread.sleep(2000); // a second redelivery, were there one, would be on its way by now
        List<String> sent = RECEIVER.requestsTo(path).stream()
                .filter(r -> r.getBodyAsString().contains(eventId)).map(r -> r.getHeader("webhook-id")).toList();
        assertThat(sent).hasSize(2).containsOnly(eventId);
        assertThat(event(eventId, Hub.APP1_KEY).getJsonObject("delivery").getJsonArray("attempts")).hasSize(2);
    }
}
