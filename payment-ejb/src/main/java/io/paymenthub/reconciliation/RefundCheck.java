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
public class RefundCheck extends Check {

    @Id
    @Column(name = "refund_id", length = 40)
    private String refundId;

    protected RefundCheck() {
        // for JPA
    }

    public RefundCheck(String refundId, Instant nextCheckAt) {
        super(nextCheckAt);
        this.refundId = refundId;
    }

    public String refundId() { return refundId; }
}
