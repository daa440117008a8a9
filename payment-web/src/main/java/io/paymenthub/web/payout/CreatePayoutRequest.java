package io.paymenthub.web.payout;

import io.paymenthub.web.payment.IsoCurrency;
import io.paymenthub.web.payment.MaxAmount;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/v1/payouts}: a JSON integer of minor units, 1 to 999,999,999,999, to one of the app's saved cards
 * ({@code cardId}) or to a card token the merchant holds ({@code recipientToken}).
 */
@Schema(name = "CreatePayout")
public record CreatePayoutRequest(
        @Schema(required = true, example = "begateway") @NotNull @Size(min = 1, max = 32) String gateway,
        @Schema(required = true, description = "Minor units", example = "1500")
        @NotNull @Min(1) @Max(MaxAmount.MINOR) Long amount,
        @Schema(required = true, description = "ISO 4217", example = "EUR") @NotNull @IsoCurrency String currency,
        @Schema(description = "One of the app's saved cards (GET /api/v1/customers/{customerId}/cards); or recipientToken")
        @Size(max = 40) String cardId,
        @Schema(description = "A card token the merchant holds at the gateway; or cardId") @Size(max = 200)
        String recipientToken,
        @Size(max = 500) String description,
        @Size(max = 200) String reference,
        @Size(max = 2000) String notifyUrl) {
}
