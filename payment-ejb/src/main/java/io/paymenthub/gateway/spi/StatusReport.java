package io.paymenthub.gateway.spi;

import io.paymenthub.money.Money;
import io.paymenthub.payment.PaymentStatus;

/**
 * What a gateway says about a payment, in the hub's terms. {@code status} is null when the gateway could
 * not tell (reconcile later); {@code amount} (the payment's, compared with it) is null when the message carries
 * none; {@code captured} is what the gateway says it captured, null when it does not say (then a success records
 * the capture the merchant asked for).
 */
public record StatusReport(PaymentLookup lookup, PaymentStatus status, Money amount, String gatewayUid,
                           CardSummary card, String detail, Money captured) {

    public StatusReport(PaymentLookup lookup, PaymentStatus status, Money amount, String gatewayUid,
                        CardSummary card, String detail) {
        this(lookup, status, amount, gatewayUid, card, detail, null);
    }

    public static StatusReport unknown(PaymentLookup lookup, String detail) {
        return new StatusReport(lookup, null, null, null, null, detail);
    }

    /** The same report, matched to the payment it was asked about (a status query names it by token). */
    public StatusReport about(String paymentToken) {
        return new StatusReport(PaymentLookup.byToken(paymentToken), status, amount, gatewayUid, card, detail,
                captured);
    }

    /** The same report, telling how much the gateway captured. */
    public StatusReport capturing(Money capturedAmount) {
        return new StatusReport(lookup, status, amount, gatewayUid, card, detail, capturedAmount);
    }

    public boolean isKnown() {
        return status != null;
    }

    /** The card's brand and last four digits: all the hub ever keeps of a card. */
    public record CardSummary(String brand, String last4) {
    }
}
