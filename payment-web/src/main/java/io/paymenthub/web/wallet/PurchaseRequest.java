package io.paymenthub.web.wallet;

import io.paymenthub.web.openapi.ApiDoc;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /api/v1/wallets/{userId}/purchases}: a JSON integer of credits, 1 to a billion. */
@Schema(name = "Purchase")
public record PurchaseRequest(
        @NotNull @Min(1) @Max(PurchaseRequest.MAX_CREDITS) Long credits,
        @Schema(ref = ApiDoc.GATEWAY) @Size(min = 1, max = 32) String gateway,
        @Size(max = 2000) String returnUrl,
        @Size(max = 2000) String notifyUrl) {

    /** At most a billion credits a purchase: its price and every wallet sum stay far within 64 bits. */
    public static final long MAX_CREDITS = 1_000_000_000L;
}
