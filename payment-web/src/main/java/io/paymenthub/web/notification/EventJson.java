package io.paymenthub.web.notification;

import io.paymenthub.notification.DeliveryAttempt;
import io.paymenthub.notification.Notification;
import io.paymenthub.web.openapi.ApiDoc;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An event as the events API shows it: what the notification's body says ({@code id}, {@code type}, {@code created}
 * in unix seconds, the payment's {@code sequence}, {@code data}) and where its delivery stands.
 */
@Schema(name = "Event", description = "An event sent to the app's notify URL, and its delivery. The body POSTed is"
        + " { id, type, created, sequence, data }; each POST carries Payment-Signature, webhook-id (the event id),"
        + " webhook-timestamp and webhook-signature (Standard Webhooks).")
public record EventJson(
        @Schema(example = "evt_3f9c…") String id,
        @Schema(ref = ApiDoc.EVENT_TYPE) String type,
        @Schema(description = "Unix seconds of the status change") long created,
        @Schema(description = "The payment's status changes so far, this one included: orders a payment's events")
        Integer sequence,
        String paymentId,
        @Schema(description = "As in the notification's body: { payment: { … } }") JsonObject data,
        Delivery delivery) {

    static EventJson of(Notification n, List<DeliveryAttempt> attempts) {
        JsonObject body;
        try (JsonReader reader = Json.createReader(new StringReader(n.payload()))) {
            body = reader.readObject();
        }
        return new EventJson(n.id(), n.type(), n.createdAt().getEpochSecond(), n.sequence(), n.paymentId(),
                body.getJsonObject("data"), new Delivery(n.deliveryState().json(), n.url(), n.nextAttemptAt(),
                n.deliveredAt(), attempts.stream().map(NotificationJson.AttemptJson::of).toList()));
    }

    /** Where the delivery stands, and every POST so far (oldest first). */
    @Schema(name = "EventDelivery")
    public record Delivery(
            @Schema(enumeration = {"pending", "retrying", "delivered", "dead"}) String state,
            String url, Instant nextAttemptAt, Instant deliveredAt, List<NotificationJson.AttemptJson> attempts) {
    }

    /** {@code GET /api/v1/events}: newest first; {@code nextCursor} is null on the last page. */
    @Schema(name = "EventPage")
    public record Page(List<EventJson> items, String nextCursor) {
    }
}
