package io.paymenthub.payment;

/**
 * Fired synchronously, inside the transaction that settles a refund as succeeded or failed: reconciliation stops
 * asking about it.
 */
public record RefundSettled(String refundId) {
}
