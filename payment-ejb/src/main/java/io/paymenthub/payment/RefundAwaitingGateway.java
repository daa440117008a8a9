package io.paymenthub.payment;

import java.time.Instant;

/**
 * Fired synchronously, inside the transaction that settles it, when a refund's outcome at its gateway is not
 * known yet (pending, or no answer): reconciliation schedules it to be asked again.
 */
public record RefundAwaitingGateway(String refundId, Instant at) {
}
