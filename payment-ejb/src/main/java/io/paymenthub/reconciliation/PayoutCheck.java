package io.paymenthub.reconciliation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * When a payout whose outcome at its gateway is not known yet is next asked there. Written with the payout, before
 * its gateway is called; changed only by conditional updates (claims), like {@link RefundCheck}; deleted once the
 * payout succeeded or failed.
 */
@Entity
@Table(name = "payout_check")
public class PayoutCheck extends Check {

    @Id
    @Column(name = "payout_id", length = 40)
    private String payoutId;

    protected PayoutCheck() {
        // for JPA
    }

    public PayoutCheck(String payoutId, Instant nextCheckAt) {
        super(nextCheckAt);
        this.payoutId = payoutId;
    }

    public String payoutId() { return payoutId; }
}
