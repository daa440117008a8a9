package io.paymenthub.web.payment;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** {@code POST /api/v1/payments/{id}/refunds}: everything still refundable when {@code amount} is absent. */
public record RefundRequest(
        @DecimalMin("1") @Digits(integer = 12, fraction = 0, message = "must be an integer number of minor units")
        BigDecimal amount,
        @Size(max = 500) String reason) {
}
