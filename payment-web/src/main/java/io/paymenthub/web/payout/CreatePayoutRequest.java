package io.paymenthub.web.payout;

import io.paymenthub.web.payment.IsoCurrency;
import io.paymenthub.web.payment.MaxAmount;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/payouts}: a JSON integer of minor units, 1 to 999,999,999,999, to one of the app's saved cards
 * ({@code cardId}) or to a card token the merchant holds ({@code recipientToken}).
 */
public record CreatePayoutRequest(
        @NotNull @Size(min = 1, max = 32) String gateway,
        @NotNull @Min(1) @Max(MaxAmount.MINOR) Long amount,
        @NotNull @IsoCurrency String currency,
        @Size(max = 40) String cardId,
        @Size(max = 200) String recipientToken,
        @Size(max = 500) String description,
        @Size(max = 200) String reference,
        @Size(max = 2000) String notifyUrl) {
}
