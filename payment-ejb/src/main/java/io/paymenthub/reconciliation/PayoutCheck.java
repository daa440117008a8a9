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
public class PayoutCheck {

    @Id
    @Column(name = "payout_id", length = 40)
    private String payoutId;

    @Column(name = "next_check_at", nullable = false)
    private Instant nextCheckAt;

    @Column(nullable = false)
    private int checks;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "claimed_by", length = 80)
    private String claimedBy;

    protected PayoutCheck() {
        // for JPA
    }

    public PayoutCheck(String payoutId, Instant nextCheckAt) {
        this.payoutId = payoutId;
        this.nextCheckAt = nextCheckAt;
    }

    public String payoutId() { return payoutId; }
    public Instant nextCheckAt() { return nextCheckAt; }
    public int checks() { return checks; }
}
