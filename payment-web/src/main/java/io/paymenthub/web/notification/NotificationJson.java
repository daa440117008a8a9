package io.paymenthub.web.notification;

import io.paymenthub.notification.DeliveryAttempt;
import io.paymenthub.notification.Notification;
import io.paymenthub.web.openapi.ApiDoc;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A notification, where its delivery stands, and its attempts (oldest first). */
@Schema(name = "Notification")
public record NotificationJson(String id, String paymentId, @Schema(ref = ApiDoc.EVENT_TYPE) String type, String url,
                               String status, int attempts,
                               Instant nextAttemptAt, Instant deliveredAt, Integer lastStatusCode, String lastError,
                               Instant createdAt, List<AttemptJson> deliveries) {

    static NotificationJson of(Notification n, List<DeliveryAttempt> attempts) {
        return new NotificationJson(n.id(), n.paymentId(), n.type(), n.url(), n.status().name(), n.attempts(),
                n.nextAttemptAt(), n.deliveredAt(), n.lastStatusCode(), n.lastError(), n.createdAt(),
                attempts == null ? null : attempts.stream().map(AttemptJson::of).toList());
    }

    /** One POST: when, the HTTP status it got or why none, how long it took. */
    @Schema(name = "DeliveryAttempt")
    public record AttemptJson(Instant at, Integer statusCode, String error, long durationMs) {
        static AttemptJson of(DeliveryAttempt a) {
            return new AttemptJson(a.attemptedAt(), a.statusCode(), a.error(), a.durationMs());
        }
    }

    /** {@code GET /api/v1/payments/{id}/notifications}. */
    @Schema(name = "NotificationPage")
    public record Page(List<NotificationJson> notifications) {
    }
}
