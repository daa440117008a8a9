package io.paymenthub.web.payment;

import io.paymenthub.payment.LineItem;
import io.paymenthub.payment.PayerLocale;
import io.paymenthub.web.openapi.ApiDoc;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/v1/payments}. The amount is a JSON integer of minor units, 1 to 999,999,999,999; {@code locale}
 * the payer's language for the hub's pages and the gateway's; {@code items}, what is paid for (they must add up to
 * the amount); {@code checkoutOptions}, choices for the gateway's page; {@code saveCard} keeps the payer's card for
 * the customer where the gateway gives a card token (BeGateway).
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
        @Schema(enumeration = {"automatic", "manual", "tokenization"}, defaultValue = "automatic",
                description = "manual: the payer's Pay authorizes; POST …/capture takes the money."
                        + " tokenization: the payer's card is saved, nothing is charged (BeGateway)")
        @Pattern(regexp = "automatic|manual|tokenization", message = "must be automatic, manual or tokenization")
        String capture,
        @Size(max = 50) Map<@NotNull @Size(min = 1, max = 64) String, @NotNull @Size(max = 500) String> metadata,
        @Pattern(regexp = "en|ru|ka|kk|zh-TW", flags = Pattern.Flag.CASE_INSENSITIVE,
                message = "must be one of " + PayerLocale.TAGS) String locale,
        @Size(min = 1, max = 100) List<@NotNull @Valid Item> items,
        @Valid CheckoutOptions checkoutOptions,
        Boolean saveCard) {

    /** The payer, as the merchant knows them. */
    @Schema(name = "Customer")
    public record Customer(@Size(max = 200) String id, @Email @Size(max = 320) String email) {
    }

    /** One line of what is paid for: {@code quantity} times {@code unitPrice} minor units. */
    public record Item(@NotNull @Size(min = 1, max = 100) String productId, @Size(max = 255) String description,
                       @NotNull @Min(1) @Max(1_000_000) Long quantity,
                       @NotNull @Min(0) @Max(MaxAmount.MINOR) Long unitPrice,
                       @Min(0) @Max(100) Integer vatPercent) {

        LineItem toLineItem() {
            return new LineItem(productId, description, quantity, unitPrice, vatPercent);
        }
    }

    /** The gateway page's theme, the payment methods it may offer and the buyer it may show. */
    public record CheckoutOptions(@Pattern(regexp = "light|dark", message = "must be light or dark") String theme,
                                  @Size(min = 1, max = 20) List<@NotNull @Size(min = 1, max = 32) String> paymentMethods,
                                  @Valid Buyer buyer) {

        io.paymenthub.payment.CheckoutOptions toOptions() {
            return new io.paymenthub.payment.CheckoutOptions(theme, paymentMethods, buyer == null ? null
                    : new io.paymenthub.payment.CheckoutOptions.Buyer(buyer.fullName(), buyer.maskedEmail(),
                    buyer.maskedPhone()));
        }
    }

    /** What the gateway's page may show of the buyer, masked by the merchant. */
    public record Buyer(@Size(max = 200) String fullName, @Size(max = 320) String maskedEmail,
                        @Size(max = 40) String maskedPhone) {
    }

    List<LineItem> lineItems() {
        return items == null ? List.of() : items.stream().map(Item::toLineItem).toList();
    }

    io.paymenthub.payment.CheckoutOptions options() {
        return checkoutOptions == null ? io.paymenthub.payment.CheckoutOptions.NONE : checkoutOptions.toOptions();
    }
}
