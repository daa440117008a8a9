package io.paymenthub.web.payment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** {@code POST /api/v1/payments/{id}/capture}: all of the authorization when {@code amount} is absent. */
@Schema(name = "CaptureRequest")
public record CaptureRequest(
        @Min(1) @Max(MaxAmount.MINOR) Long amount) {
}
