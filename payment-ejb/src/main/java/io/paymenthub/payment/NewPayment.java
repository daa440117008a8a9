package io.paymenthub.payment;

import io.paymenthub.money.Money;
import java.util.Map;

/** A merchant's request for a payment, validated. */
public record NewPayment(String appId, String gateway, Money amount, String description, String reference,
                         String customerId, String customerEmail, String returnUrl, String notifyUrl,
                         CaptureMode captureMode, Map<String, String> metadata, PayerLocale locale) {

    public NewPayment {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    /** Without a locale: the hosted pages follow the payer's browser. */
    public NewPayment(String appId, String gateway, Money amount, String description, String reference,
                      String customerId, String customerEmail, String returnUrl, String notifyUrl,
                      CaptureMode captureMode, Map<String, String> metadata) {
        this(appId, gateway, amount, description, reference, customerId, customerEmail, returnUrl, notifyUrl,
                captureMode, metadata, null);
    }
}
