package io.paymenthub.web.payment;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

/** {@code POST /api/v1/payments/{id}/capture}: all of the authorization when {@code amount} is absent. */
public record CaptureRequest(
        @DecimalMin("1") @Digits(integer = 12, fraction = 0, message = "must be an integer number of minor units")
        java.math.BigDecimal amount) {
}
