package io.paymenthub.web.wallet;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** {@code POST /api/v1/wallets/{userId}/purchases}: an integer number of credits, at least 1. */
public record PurchaseRequest(
        @NotNull @DecimalMin("1") @DecimalMax("1000000000") @Digits(integer = 10, fraction = 0,
                message = "must be an integer number of credits") BigDecimal credits,
        @Size(min = 1, max = 32) String gateway,
        @Size(max = 2000) String returnUrl,
        @Size(max = 2000) String notifyUrl) {
}
