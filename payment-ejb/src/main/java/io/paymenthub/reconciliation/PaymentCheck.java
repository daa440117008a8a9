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
public class PaymentCheck {

    @Id
    @Column(name = "payment_id", length = 40)
    private String paymentId;

    @Column(name = "next_check_at", nullable = false)
    private Instant nextCheckAt;

    @Column(nullable = false)
    private int checks;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "claimed_by", length = 80)
    private String claimedBy;

    protected PaymentCheck() {
        // for JPA
    }

    public PaymentCheck(String paymentId, Instant nextCheckAt) {
        this.paymentId = paymentId;
        this.nextCheckAt = nextCheckAt;
    }

    public String paymentId() { return paymentId; }
    public Instant nextCheckAt() { return nextCheckAt; }
    public int checks() { return checks; }
}
