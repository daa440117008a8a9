package io.paymenthub.gateway.spi;

import io.paymenthub.money.Money;
import io.paymenthub.payment.CaptureMode;
import io.paymenthub.payment.CheckoutOptions;
import io.paymenthub.payment.LineItem;
import io.paymenthub.payment.PayerLocale;
import io.paymenthub.payment.PaymentStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A read-only copy of a payment, handed to adapters outside any transaction; {@code appId} is the merchant app's,
 * {@code items} its line items (empty when the merchant gave none), {@code checkoutOptions} never null.
 */
public record PaymentSnapshot(String id, String token, String gateway, PaymentStatus status, Money amount,
                              Money captured, String description, String reference, String customerId,
                              String customerEmail, CaptureMode captureMode, boolean testMode, String gatewayUid,
                              String gatewayReference, Map<String, String> metadata, Instant createdAt,
                              String appId, PayerLocale locale, List<LineItem> items,
                              CheckoutOptions checkoutOptions) {

    public PaymentSnapshot {
        items = items == null ? List.of() : List.copyOf(items);
        checkoutOptions = checkoutOptions == null ? CheckoutOptions.NONE : checkoutOptions;
    }

    /** Without line items or checkout options. */
    public PaymentSnapshot(String id, String token, String gateway, PaymentStatus status, Money amount,
                           Money captured, String description, String reference, String customerId,
                           String customerEmail, CaptureMode captureMode, boolean testMode, String gatewayUid,
                           String gatewayReference, Map<String, String> metadata, Instant createdAt, String appId,
                           PayerLocale locale) {
        this(id, token, gateway, status, amount, captured, description, reference, customerId, customerEmail,
                captureMode, testMode, gatewayUid, gatewayReference, metadata, createdAt, appId, locale, List.of(),
                CheckoutOptions.NONE);
    }

    /** Without the payer's language (the gateway's default then applies). */
    public PaymentSnapshot(String id, String token, String gateway, PaymentStatus status, Money amount,
                           Money captured, String description, String reference, String customerId,
                           String customerEmail, CaptureMode captureMode, boolean testMode, String gatewayUid,
                           String gatewayReference, Map<String, String> metadata, Instant createdAt, String appId) {
        this(id, token, gateway, status, amount, captured, description, reference, customerId, customerEmail,
                captureMode, testMode, gatewayUid, gatewayReference, metadata, createdAt, appId, null);
    }

    /** The language the merchant chose for the payer, if any. */
    public Optional<PayerLocale> payerLocale() {
        return Optional.ofNullable(locale);
    }
}
