package io.paymenthub.payment;

import io.paymenthub.money.Money;
import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import java.util.List;
import java.util.Map;

/**
 * A merchant's request for a payment, validated: its line items, when it gives them, add up to the amount
 * ({@link LineItem#requireTotal}). {@code saveCard}: the payer agreed that the gateway's card token be kept for the
 * customer (payouts, later charges); a tokenization checkout always keeps it.
 */
public record NewPayment(String appId, String gateway, Money amount, String description, String reference,
                         String customerId, String customerEmail, String returnUrl, String notifyUrl,
                         CaptureMode captureMode, Map<String, String> metadata, PayerLocale locale,
                         List<LineItem> items, CheckoutOptions checkoutOptions, boolean saveCard) {

    /** The length of the metadata's column: the metadata as a JSON object must fit. */
    static final int METADATA_MAX_JSON = 20_000;

    /**
     * @throws HubException {@code invalid_request} when the metadata would not fit its column, or a card is to be
     *                      saved without a customer to save it for
     */
    public NewPayment {
        saveCard = saveCard || captureMode == CaptureMode.TOKENIZATION;
        if (saveCard && (customerId == null || customerId.isBlank())) {
            throw new HubException(ProblemCode.INVALID_REQUEST, "Saving a card needs the payment's customer.id",
                    Map.of("field", "saveCard"));
        }
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        items = items == null ? List.of() : List.copyOf(items);
        checkoutOptions = checkoutOptions == null ? CheckoutOptions.NONE : checkoutOptions;
        if (!items.isEmpty()) {
            LineItem.requireTotal(items, amount);
        }
        if (!fitsSurely(metadata) && JsonText.write(metadata).length() > METADATA_MAX_JSON) {
            throw new HubException(ProblemCode.INVALID_REQUEST, "metadata takes more than " + METADATA_MAX_JSON
                    + " characters as JSON", Map.of("field", "metadata"));
        }
    }

    /** Without writing it: even were each character escaped ({@code \u0000}), the JSON would fit. */
    private static boolean fitsSurely(Map<String, String> metadata) {
        long most = 2;
        for (Map.Entry<String, String> entry : metadata.entrySet()) {
            most += 6L * (entry.getKey().length() + entry.getValue().length()) + 6;
        }
        return most <= METADATA_MAX_JSON;
    }

    /** Without keeping the card. */
    public NewPayment(String appId, String gateway, Money amount, String description, String reference,
                      String customerId, String customerEmail, String returnUrl, String notifyUrl,
                      CaptureMode captureMode, Map<String, String> metadata, PayerLocale locale,
                      List<LineItem> items, CheckoutOptions checkoutOptions) {
        this(appId, gateway, amount, description, reference, customerId, customerEmail, returnUrl, notifyUrl,
                captureMode, metadata, locale, items, checkoutOptions, false);
    }

    /** Without line items or checkout options. */
    public NewPayment(String appId, String gateway, Money amount, String description, String reference,
                      String customerId, String customerEmail, String returnUrl, String notifyUrl,
                      CaptureMode captureMode, Map<String, String> metadata, PayerLocale locale) {
        this(appId, gateway, amount, description, reference, customerId, customerEmail, returnUrl, notifyUrl,
                captureMode, metadata, locale, List.of(), CheckoutOptions.NONE, false);
    }

    /** Without a locale: the hosted pages follow the payer's browser. */
    public NewPayment(String appId, String gateway, Money amount, String description, String reference,
                      String customerId, String customerEmail, String returnUrl, String notifyUrl,
                      CaptureMode captureMode, Map<String, String> metadata) {
        this(appId, gateway, amount, description, reference, customerId, customerEmail, returnUrl, notifyUrl,
                captureMode, metadata, null);
    }
}
