package io.paymenthub.web.payment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/payments/{id}/refunds}: everything still refundable when {@code amount} is absent. */
@Schema(name = "RefundRequest")
public record RefundRequest(
        @Min(1) @Max(MaxAmount.MINOR) Long amount,
        @Size(max = 500) String reason) {
}
