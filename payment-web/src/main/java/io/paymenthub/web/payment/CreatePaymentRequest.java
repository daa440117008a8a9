package io.paymenthub.web.payment;

import io.paymenthub.web.openapi.ApiDoc;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
 * the payer's language for the hub's pages and the gateway's.
 */
@Schema(name = "CreatePayment")
public record CreatePaymentRequest(
        @Schema(ref = ApiDoc.GATEWAY, description = "Default: the hub's PAYMENT_DEFAULT_GATEWAY")
        @Size(min = 1, max = 32) String gateway,
        @Schema(description = "Minor units: 200 = 2.00 EUR", example = "200")
        @NotNull @Min(1) @Max(MaxAmount.MINOR) Long amount,
        @Schema(description = "ISO 4217", example = "EUR") @NotNull @IsoCurrency String currency,
        @Size(max = 500) String description,
        @Size(max = 200) String reference,
        @Valid Customer customer,
        @Size(max = 2000) String returnUrl,
        @Size(max = 2000) String notifyUrl,
        @Schema(enumeration = {"automatic", "manual"}, defaultValue = "automatic",
                description = "manual: the payer's Pay authorizes; POST …/capture takes the money")
        @Pattern(regexp = "automatic|manual", message = "must be automatic or manual") String capture,
        @Size(max = 50) Map<@NotNull @Size(min = 1, max = 64) String, @NotNull @Size(max = 500) String> metadata,
        @Pattern(regexp = "en|ru|ka|kk|zh-TW", flags = Pattern.Flag.CASE_INSENSITIVE,
                message = "must be one of " + PayerLocale.TAGS) String locale) {

    /** The payer, as the merchant knows them. */
    @Schema(name = "Customer")
    public record Customer(@Size(max = 200) String id, @Email @Size(max = 320) String email) {
    }
}
