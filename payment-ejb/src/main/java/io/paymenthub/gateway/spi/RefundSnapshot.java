package io.paymenthub.gateway.spi;

import io.paymenthub.money.Money;
import java.time.Instant;

/**
 * A read-only copy of a refund, handed to adapters outside any transaction. {@code gatewayReference} is the
 * gateway's id of the refund, null when the gateway's answer never came (a timeout, a 5xx).
 */
public record RefundSnapshot(String id, Money amount, String gatewayReference, Instant createdAt) {
}
