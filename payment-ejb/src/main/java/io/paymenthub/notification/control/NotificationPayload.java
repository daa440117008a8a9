package io.paymenthub.notification.control;

import static io.paymenthub.json.JsonFactory.JSON;

import io.paymenthub.notification.EventType;
import io.paymenthub.payment.Payment;
import io.paymenthub.payment.PaymentStatus;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/**
 * The body of a notification: {@code { id, type, created, sequence, data: { payment: { … } } }}, frozen at the
 * change; {@code sequence} numbers the payment's status changes, so a receiver can order them.
 */
final class NotificationPayload {

    private NotificationPayload() {
    }

    static String of(String eventId, Payment p, PaymentStatus previous, Instant at) {
        JsonObjectBuilder payment = JSON.createObjectBuilder()
                .add("id", p.id())
                .add("status", p.status().name())
                .add("amount", p.amount().minor())
                .add("currency", p.amount().currency())
                .add("capturedAmount", p.captured().minor())
                .add("refundedAmount", p.refunded().minor())
                .add("gateway", p.gateway())
                .add("testMode", p.testMode())
                .add("createdAt", p.createdAt().toString())
                .add("updatedAt", p.updatedAt().toString());
        optional(payment, "previousStatus", previous == null ? null : previous.name());
        optional(payment, "reference", p.reference());
        optional(payment, "customerId", p.customerId());
        if (p.lateSuccess()) {
            payment.add("lateSuccess", true);
        }
        if (!p.metadata().isEmpty()) {
            JsonObjectBuilder metadata = JSON.createObjectBuilder();
            p.metadata().forEach(metadata::add);
            payment.add("metadata", metadata);
        }
        return JSON.createObjectBuilder()
                .add("id", eventId)
                .add("type", EventType.of(p.status()))
                .add("created", at.getEpochSecond())
                .add("sequence", p.statusChanges())
                .add("data", JSON.createObjectBuilder().add("payment", payment))
                .build().toString();
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
