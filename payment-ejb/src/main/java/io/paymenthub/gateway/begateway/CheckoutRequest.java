package io.paymenthub.gateway.begateway;

import static io.paymenthub.json.JsonFactory.JSON;

import io.paymenthub.gateway.spi.PaymentSnapshot;
import io.paymenthub.payment.CaptureMode;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The body of {@code POST /ctp/api/checkouts} (checkout API v2.1): {@code transaction_type} {@code payment},
 * {@code authorization} when the merchant captures later, or {@code tokenization} when the card is only saved; the order in integer minor units with the hub's
 * payment id as {@code tracking_id}; the hub's return and notification URLs; {@code metadata.payment_token_id}
 * (the hub's {@code pt_} token) for correlation, as seed 001 sends it; {@code order.expired_at}, the payment's time
 * to live, after which BeGateway takes no payment on the checkout.
 */
public final class CheckoutRequest {

    private CheckoutRequest() {
    }

    /** ISO 8601 with a numeric offset, to the second: {@code 2026-12-07T21:24:13+00:00}. */
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
            .withZone(ZoneOffset.UTC);

    public static JsonObject of(PaymentSnapshot payment, String returnUrl, String notificationUrl, Instant expiresAt) {
        JsonObjectBuilder order = JSON.createObjectBuilder()
                .add("amount", payment.amount().minor())
                .add("currency", payment.amount().currency())
                .add("description", description(payment))
                .add("tracking_id", payment.id())
                .add("expired_at", EXPIRY.format(expiresAt));
        JsonObjectBuilder settings = JSON.createObjectBuilder()
                .add("return_url", returnUrl)
                .add("notification_url", notificationUrl);
        // BeGateway's page speaks all of the payer locales; its Chinese is "zh".
        payment.payerLocale().ifPresent(locale -> settings.add("language", locale.tag().substring(0, 2)));
        JsonObjectBuilder customer = JSON.createObjectBuilder();
        if (payment.customerEmail() != null) {
            customer.add("email", payment.customerEmail());
        }
        JsonObjectBuilder metadata = JSON.createObjectBuilder().add("payment_token_id", payment.token());
        if (payment.customerId() != null) {
            metadata.add("user_id", payment.customerId());
        }
        if (payment.reference() != null) {
            metadata.add("reference_id", payment.reference());
        }
        return JSON.createObjectBuilder().add("checkout", JSON.createObjectBuilder()
                .add("version", 2.1)
                .add("transaction_type", transactionType(payment.captureMode()))
                .add("test", payment.testMode())
                .add("order", order)
                .add("settings", settings)
                .add("customer", customer)
                .add("metadata", metadata)).build();
    }

    private static String transactionType(CaptureMode mode) {
        return switch (mode) {
            case AUTOMATIC -> "payment";
            case MANUAL -> "authorization";
            case TOKENIZATION -> "tokenization";
        };
    }

    private static String description(PaymentSnapshot payment) {
        String text = payment.description() == null || payment.description().isBlank()
                ? "Payment " + payment.id() : payment.description();
        return text.length() > 255 ? text.substring(0, 255) : text;
    }
}
