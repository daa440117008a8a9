package io.paymenthub.web.payment;

import io.paymenthub.web.openapi.ApiDoc;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.paymenthub.gateway.spi.Checkout;
import io.paymenthub.payment.Payment;
import io.paymenthub.payment.control.PaymentDetails;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A payment as the merchant API shows it (docs/api.md); {@code events} and {@code refunds} only when read alone. */
@Schema(name = "Payment")
public record PaymentJson(
        @Schema(required = true, example = "pay_…") String id,
        @Schema(required = true, description = "The payer's handle: the hosted page is /pay/{token}", example = "pt_…")
        String token,
        @Schema(required = true, ref = ApiDoc.GATEWAY) String gateway,
        @Schema(required = true, ref = ApiDoc.PAYMENT_STATUS) String status,
        @Schema(required = true, description = "Minor units", example = "200") long amount,
        @Schema(required = true, example = "EUR") String currency,
        @Schema(required = true) long capturedAmount, @Schema(required = true) long refundedAmount,
        String description, String reference, String customerId, String customerEmail,
        @Schema(required = true, enumeration = {"automatic", "manual", "tokenization"}) String capture,
        String returnUrl, String notifyUrl, Map<String, String> metadata,
        @Schema(required = true) boolean testMode,
        @Schema(description = "The gateway's own id of the payment") String gatewayUid,
        @Schema(description = "How to send the payer to the gateway") CheckoutJson checkout,
        String cardBrand, String cardLast4,
        @Schema(description = "true when a verified success arrived after the hub had given up") Boolean lateSuccess,
        String lastError, Instant fulfilledAt,
        @Schema(required = true) Instant createdAt, @Schema(required = true) Instant updatedAt,
        @Schema(description = "The history, when the payment is read alone") List<EventJson> events,
        @Schema(description = "The refunds, when the payment is read alone") List<RefundJson> refunds,
        @Schema(description = "The payer's language, when given", enumeration = {"en", "ru", "ka", "kk", "zh-TW"})
        String locale,
        @Schema(description = "true when the payer's card is kept for the customer (BeGateway)") Boolean saveCard) {

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
    @Schema(name = "Checkout")
    public record CheckoutJson(
            @Schema(required = true, description = "redirect: send the payer to url; form: POST fields to url;"
                    + " widget: load widgetScript with token") String type,
            @Schema(example = "http://localhost:8080/pay/dummy/pt_…") String url, String method,
            Map<String, String> fields, String token, String widgetScript) {
        static CheckoutJson of(Checkout c) {
            return c == null ? null : new CheckoutJson(c.type().name().toLowerCase(Locale.ROOT), c.url(), c.method(),
                    c.fields().isEmpty() ? null : c.fields(), c.token(), c.widgetScript());
        }
    }
}
