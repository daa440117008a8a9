package io.paymenthub.gateway.spi;

import io.paymenthub.money.Money;
import java.time.Instant;

/**
 * A read-only copy of a payout, handed to adapters outside any transaction. {@code id} is its tracking id at the
 * gateway; {@code gatewayUid} the gateway's id of it, null while its answer never came.
 */
public record PayoutSnapshot(String id, String appId, Money amount, String description, boolean testMode,
                             String gatewayUid, Instant createdAt) {
}
