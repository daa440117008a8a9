package io.paymenthub.web.pay;

import io.paymenthub.payment.Payment;
import io.paymenthub.payment.PaymentStatus;
import io.paymenthub.web.openapi.ApiDoc;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the payer's browser may know of a payment ({@code GET /pay/{token}/status}): nothing a merchant keeps to
 * itself (no ids, customer, metadata, gateway references). {@code returnUrl} only once the payer's part is over.
 */
@Schema(name = "PayerStatus")
public record PayerStatusJson(@Schema(ref = ApiDoc.PAYMENT_STATUS) String status, @JsonbProperty("final") boolean isFinal, long amount, String currency, String description,
                              String returnUrl) {

    /**
     * The payer has nothing more to do: any final status, and {@code AUTHORIZED} (the money is held; the
     * merchant captures it later).
     */
    public static boolean isOverForPayer(PaymentStatus status) {
        return status.isFinal() || status == PaymentStatus.AUTHORIZED;
    }

    static PayerStatusJson of(Payment payment, String backToShop) {
        boolean over = isOverForPayer(payment.status());
        return new PayerStatusJson(payment.status().name(), over, payment.amount().minor(),
                payment.amount().currency(), payment.description(), over ? backToShop : null);
    }
}
