package io.paymenthub.web.wallet;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /api/v1/wallets/{userId}/spend}: a JSON integer of credits, 1 to 10^12, and what they paid for. */
@Schema(name = "Spend")
public record SpendRequest(
        @NotNull @Min(1) @Max(1_000_000_000_000L) Long credits,
        @Size(max = 200) String reference) {
}
