package io.paymenthub.web.payment;

import io.paymenthub.payment.Refund;
import java.time.Instant;

/** A refund: {@code { id, paymentId, amount, currency, status, reason, … }}. */
public record RefundJson(String id, String paymentId, long amount, String currency, String status, String reason,
                         String failure, Instant createdAt, Instant updatedAt) {

    static RefundJson of(Refund r) {
        return new RefundJson(r.id(), r.paymentId(), r.amount().minor(), r.amount().currency(), r.status().name(),
                r.reason(), r.failure(), r.createdAt(), r.updatedAt());
    }
}
