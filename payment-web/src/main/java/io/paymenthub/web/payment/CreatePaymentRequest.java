package io.paymenthub.web.payment;

import io.paymenthub.payment.PayerLocale;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * {@code POST /api/v1/payments}. The amount is a JSON integer of minor units, 1 to 999,999,999,999; {@code locale}
 * the payer's language for the hub's pages and the gateway's; {@code saveCard} keeps the payer's card for the
 * customer where the gateway gives a card token (BeGateway).
 */
public record CreatePaymentRequest(
        @Size(min = 1, max = 32) String gateway,
        @NotNull @Min(1) @Max(MaxAmount.MINOR) Long amount,
        @NotNull @IsoCurrency String currency,
        @Size(max = 500) String description,
        @Size(max = 200) String reference,
        @Valid Customer customer,
        @Size(max = 2000) String returnUrl,
        @Size(max = 2000) String notifyUrl,
        @Pattern(regexp = "automatic|manual|tokenization", message = "must be automatic, manual or tokenization")
        String capture,
        @Size(max = 50) Map<@NotNull @Size(min = 1, max = 64) String, @NotNull @Size(max = 500) String> metadata,
        @Pattern(regexp = "en|ru|ka|kk|zh-TW", flags = Pattern.Flag.CASE_INSENSITIVE,
                message = "must be one of " + PayerLocale.TAGS) String locale,
        Boolean saveCard) {

    /** The payer, as the merchant knows them. */
    public record Customer(@Size(max = 200) String id, @Email @Size(max = 320) String email) {
    }
}
