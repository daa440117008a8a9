package io.paymenthub.web.payment;

import io.paymenthub.gateway.spi.Checkout;
import io.paymenthub.payment.Payment;
import io.paymenthub.payment.control.PaymentDetails;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A payment as the merchant API shows it (docs/api.md); {@code events} and {@code refunds} only when read alone. */
public record PaymentJson(String id, String token, String gateway, String status, long amount, String currency,
                          long capturedAmount, long refundedAmount, String description, String reference,
                          String customerId, String customerEmail, String capture, String returnUrl, String notifyUrl,
                          Map<String, String> metadata, boolean testMode, String gatewayUid, CheckoutJson checkout,
                          String cardBrand, String cardLast4, Boolean lateSuccess, String lastError,
                          Instant fulfilledAt, Instant createdAt, Instant updatedAt, List<EventJson> events,
                          List<RefundJson> refunds, String locale, Boolean saveCard) {

    public static PaymentJson of(Payment p) {
        return of(p, null, null, null);
    }

    public static PaymentJson of(PaymentDetails details) {
        return of(details.payment(), details.fulfilledAt(),
                details.events().stream().map(EventJson::of).toList(),
                details.refunds().stream().map(RefundJson::of).toList());
    }

    private static PaymentJson of(Payment p, Instant fulfilledAt, List<EventJson> events, List<RefundJson> refunds) {
        return new PaymentJson(p.id(), p.token(), p.gateway(), p.status().name(), p.amount().minor(),
                p.amount().currency(), p.captured().minor(), p.refunded().minor(), p.description(), p.reference(),
                p.customerId(), p.customerEmail(), p.captureMode().name().toLowerCase(Locale.ROOT), p.returnUrl(),
                p.notifyUrl(), p.metadata().isEmpty() ? null : p.metadata(), p.testMode(), p.gatewayUid(),
                CheckoutJson.of(p.checkout()), p.cardBrand(), p.cardLast4(), p.lateSuccess() ? Boolean.TRUE : null,
                p.lastError(), fulfilledAt, p.createdAt(), p.updatedAt(), events, refunds,
                p.locale().map(l -> l.tag()).orElse(null), p.saveCard() ? Boolean.TRUE : null);
    }

    /** How to send the payer to the gateway. */
    public record CheckoutJson(String type, String url, String method, Map<String, String> fields, String token,
                               String widgetScript) {
        static CheckoutJson of(Checkout c) {
            return c == null ? null : new CheckoutJson(c.type().name().toLowerCase(Locale.ROOT), c.url(), c.method(),
                    c.fields().isEmpty() ? null : c.fields(), c.token(), c.widgetScript());
        }
    }
}
