package io.paymenthub.fulfilment;

import io.paymenthub.money.Money;
import java.time.Instant;

/**
 * Fired once per payment, inside the transaction that made it {@code SUCCESSFUL}. Observe it
 * {@code during = IN_PROGRESS} to write in the same transaction (an outbox), or {@code AFTER_SUCCESS} for
 * work that may be lost.
 */
public record PaymentFulfilled(String paymentId, String appId, String gateway, String reference,
                               String customerId, Money amount, Instant at) {
}
