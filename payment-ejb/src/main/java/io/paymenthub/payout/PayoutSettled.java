package io.paymenthub.payout;

/** Fired synchronously, inside the transaction that made a payout final: reconciliation stops asking about it. */
public record PayoutSettled(String payoutId) {
}
