package io.paymenthub.web.payout;

import io.paymenthub.payout.Payout;
import java.time.Instant;

/** A payout: {@code { id, status, gateway, amount, currency, cardId, cardMask, … }}. */
public record PayoutJson(String id, String status, String gateway, long amount, String currency, String cardId,
                         String cardMask, String description, String reference, String gatewayUid, String failure,
                         boolean testMode, Instant createdAt, Instant updatedAt) {

    static PayoutJson of(Payout p) {
        return new PayoutJson(p.id(), p.status().name(), p.gateway(), p.amount().minor(), p.amount().currency(),
                p.cardId(), p.cardMask(), p.description(), p.reference(), p.gatewayUid(), p.failure(), p.testMode(),
                p.createdAt(), p.updatedAt());
    }
}
