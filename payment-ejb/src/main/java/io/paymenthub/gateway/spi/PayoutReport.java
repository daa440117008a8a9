package io.paymenthub.gateway.spi;

/**
 * What a gateway's verified callback says of a payout: which one (its tracking id), and its outcome as an
 * {@link OperationResult} — processed (paid), error (refused), pending, or undefined (says nothing).
 */
public record PayoutReport(String payoutId, OperationResult result) {
}
