package io.paymenthub.gateway.spi;

import io.paymenthub.money.Money;
import io.paymenthub.payment.CaptureMode;
import io.paymenthub.payment.PayerLocale;
import io.paymenthub.payment.PaymentStatus;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** A read-only copy of a payment, handed to adapters outside any transaction; {@code appId} is the merchant app's. */
public record PaymentSnapshot(String id, String token, String gateway, PaymentStatus status, Money amount,
                              Money captured, String description, String reference, String customerId,
                              String customerEmail, CaptureMode captureMode, boolean testMode, String gatewayUid,
                              String gatewayReference, Map<String, String> metadata, Instant createdAt,
                              String appId, PayerLocale locale) {

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
