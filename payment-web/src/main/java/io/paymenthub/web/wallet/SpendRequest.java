package io.paymenthub.web.wallet;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** {@code POST /api/v1/wallets/{userId}/spend}: an integer number of credits, at least 1, and what they paid for. */
public record SpendRequest(
        @NotNull @DecimalMin("1") @DecimalMax("1000000000000") @Digits(integer = 13, fraction = 0,
                message = "must be an integer number of credits") BigDecimal credits,
        @Size(max = 200) String reference) {
}
