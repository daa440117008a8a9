package io.paymenthub.web.payment;

import io.paymenthub.web.openapi.ApiDoc;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.paymenthub.payment.Refund;
import java.time.Instant;

/** A refund: {@code { id, paymentId, amount, currency, status, reason, … }}. */
@Schema(name = "Refund")
public record RefundJson(@Schema(required = true, example = "ref_…") String id,
                         @Schema(required = true) String paymentId,
                         @Schema(required = true, description = "Minor units", example = "50") long amount,
                         @Schema(required = true, example = "EUR") String currency,
                         @Schema(required = true, ref = ApiDoc.REFUND_STATUS) String status, String reason,
                         @Schema(description = "Why the gateway refused it (FAILED)") String failure,
                         @Schema(required = true) Instant createdAt, @Schema(required = true) Instant updatedAt) {

    static RefundJson of(Refund r) {
        return new RefundJson(r.id(), r.paymentId(), r.amount().minor(), r.amount().currency(), r.status().name(),
                r.reason(), r.failure(), r.createdAt(), r.updatedAt());
    }
}
