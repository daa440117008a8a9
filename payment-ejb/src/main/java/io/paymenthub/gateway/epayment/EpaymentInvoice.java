package io.paymenthub.gateway.epayment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One epayment.kz invoice per payment: its identity numbers the invoice id ({@link InvoiceIds}). */
@Entity
@Table(name = "epayment_invoice")
public class EpaymentInvoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "payment_id", length = 40, nullable = false, unique = true)
    private String paymentId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected EpaymentInvoice() {
        // for JPA
    }

    EpaymentInvoice(String paymentId, Instant createdAt) {
        this.paymentId = paymentId;
        this.createdAt = createdAt;
    }

    String invoiceId() {
        return InvoiceIds.of(id);
    }
}
