package io.paymenthub.payment;

import java.time.Instant;

/**
 * Fired synchronously by {@code PaymentHistory.record} for every message written to a payment's history —
 * applied, duplicate or refused — inside that transaction, so observers write in the same transaction (an
 * outbox) or not at all. {@code payment} is the managed entity, already changed.
 */
public record PaymentRecorded(Payment payment, Transition transition, EventSource source, Instant at) {
}
