package io.paymenthub.payout;

import java.time.Instant;

/**
 * Fired synchronously, inside the transaction of the change, when a payout's status changed (not at its creation):
 * its notification is written in that transaction.
 */
public record PayoutRecorded(Payout payout, Instant at) {
}
