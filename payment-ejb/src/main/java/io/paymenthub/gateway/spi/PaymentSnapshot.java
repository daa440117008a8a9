package io.paymenthub.gateway.spi;

import io.paymenthub.money.Money;
import io.paymenthub.payment.CaptureMode;
import io.paymenthub.payment.PaymentStatus;
import java.time.Instant;
import java.util.Map;

/** A read-only copy of a payment, handed to adapters outside any transaction; {@code appId} is the merchant app's. */
public record PaymentSnapshot(String id, String token, String gateway, PaymentStatus status, Money amount,
                              Money captured, String description, String reference, String customerId,
                              String customerEmail, CaptureMode captureMode, boolean testMode, String gatewayUid,
                              String gatewayReference, Map<String, String> metadata, Instant createdAt,
                              String appId) {
}
