package io.paymenthub.reconciliation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * When a refund whose outcome at its gateway is not known yet is next asked there. Written when the refund is
 * left pending; changed only by conditional updates (claims), like {@link PaymentCheck}; deleted once the refund
 * succeeded or failed.
 */
@Entity
@Table(name = "refund_check")
public class RefundCheck {

    @Id
    @Column(name = "refund_id", length = 40)
    private String refundId;

    @Column(name = "next_check_at", nullable = false)
    private Instant nextCheckAt;

    @Column(nullable = false)
    private int checks;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "claimed_by", length = 80)
    private String claimedBy;

    protected RefundCheck() {
        // for JPA
    }

    public RefundCheck(String refundId, Instant nextCheckAt) {
        this.refundId = refundId;
        this.nextCheckAt = nextCheckAt;
    }

    public String refundId() { return refundId; }
    public Instant nextCheckAt() { return nextCheckAt; }
    public int checks() { return checks; }
}
