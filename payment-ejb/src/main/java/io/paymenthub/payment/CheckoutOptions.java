package io.paymenthub.payment;

import java.util.List;

/**
 * How the merchant wants the gateway's payment page: its {@code theme} ({@code light}, {@code dark}), the payment
 * methods it may offer (the gateway's own names; empty: all it has) and what it may show of the buyer. A gateway
 * without such choices ignores them. Every part may be null.
 */
public record CheckoutOptions(String theme, List<String> paymentMethods, Buyer buyer) {

    public static final CheckoutOptions NONE = new CheckoutOptions(null, List.of(), null);

    public CheckoutOptions {
        paymentMethods = paymentMethods == null ? List.of() : List.copyOf(paymentMethods);
    }

    public boolean isNone() {
        return theme == null && paymentMethods.isEmpty() && buyer == null;
    }

    /** The buyer as the page may show them: a full name, an email and a phone the merchant has masked. */
    public record Buyer(String fullName, String maskedEmail, String maskedPhone) {
    }
}
