package io.paymenthub.web.payment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** {@code POST /api/v1/payments/{id}/capture}: all of the authorization when {@code amount} is absent. */
public record CaptureRequest(
        @Min(1) @Max(MaxAmount.MINOR) Long amount) {
}
