package io.paymenthub.web.payout;

import io.paymenthub.payout.Payout;
import io.paymenthub.web.openapi.ApiDoc;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A payout: {@code { id, status, gateway, amount, currency, cardId, cardMask, … }}. */
@Schema(name = "Payout")
public record PayoutJson(
        @Schema(required = true, example = "po_…") String id,
        @Schema(required = true, enumeration = {"PENDING", "SUCCEEDED", "FAILED", "UNKNOWN"},
                description = "UNKNOWN: sent, its outcome not known yet; the janitor asks the gateway") String status,
        @Schema(required = true, ref = ApiDoc.GATEWAY) String gateway,
        @Schema(required = true, description = "Minor units", example = "1500") long amount,
        @Schema(required = true, example = "EUR") String currency,
        @Schema(description = "The saved card paid to, when one was named") String cardId,
        @Schema(description = "The card, masked") String cardMask,
        String description, String reference,
        @Schema(description = "The gateway's own id of the payout") String gatewayUid,
        @Schema(description = "Why it failed, as the gateway said") String failure,
        @Schema(required = true) boolean testMode,
        @Schema(required = true) Instant createdAt, @Schema(required = true) Instant updatedAt) {

    static PayoutJson of(Payout p) {
        return new PayoutJson(p.id(), p.status().name(), p.gateway(), p.amount().minor(), p.amount().currency(),
                p.cardId(), p.cardMask(), p.description(), p.reference(), p.gatewayUid(), p.failure(), p.testMode(),
                p.createdAt(), p.updatedAt());
    }
}
