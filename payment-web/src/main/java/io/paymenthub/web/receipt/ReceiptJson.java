package io.paymenthub.web.receipt;

import io.paymenthub.payment.Payment;
import io.paymenthub.receipt.control.Receipts;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code { number, paymentId, amount, currency, refundedAmount, description, reference, … , issuedAt }}. */
@Schema(name = "Receipt")
public record ReceiptJson(String number, String paymentId, long amount, String currency, long refundedAmount,
                          String status, String description, String reference, String customerId, String gateway,
                          String cardBrand, String cardLast4, Instant issuedAt) {

    static ReceiptJson of(Receipts.Issued issued) {
        Payment p = issued.payment();
        return new ReceiptJson(issued.receipt().number(), p.id(), issued.receipt().amount().minor(),
                issued.receipt().amount().currency(), p.refunded().minor(), p.status().name(), p.description(),
                p.reference(), p.customerId(), p.gateway(), p.cardBrand(), p.cardLast4(), issued.receipt().issuedAt());
    }
}
