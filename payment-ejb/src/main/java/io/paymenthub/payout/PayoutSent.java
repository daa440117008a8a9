package io.paymenthub.payout;

import java.time.Instant;

/**
 * Fired synchronously, inside the transaction that stores a payout before its gateway is called: reconciliation
 * schedules it to be asked about after a grace, so a payout its request never settles (a crash, a timeout) is
 * settled by the janitor.
 */
public record PayoutSent(String payoutId, Instant at) {
}
