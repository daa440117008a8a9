package io.paymenthub.reconciliation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * When a payment that is not final is next asked at its gateway. Written with the payment's creation; changed
 * only by conditional updates (claims), so it carries no version; deleted once the payment is final.
 */
@Entity
@Table(name = "payment_check")
public class PaymentCheck extends Check {

    @Id
    @Column(name = "payment_id", length = 40)
    private String paymentId;

    protected PaymentCheck() {
        // for JPA
    }

    public PaymentCheck(String paymentId, Instant nextCheckAt) {
        super(nextCheckAt);
        this.paymentId = paymentId;
    }

    public String paymentId() { return paymentId; }
}
