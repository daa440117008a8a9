package io.paymenthub.payment;

import java.time.Instant;

/**
 * Fired synchronously, inside the transaction that reserves a refund's amount — before its gateway is called —
 * so that reconciliation schedules the refund to be asked about at its gateway after a short grace: should the
 * request that sends it never settle it (a crash, a database error, a timeout), the janitor does.
 */
public record RefundReserved(String refundId, Instant at) {
}
