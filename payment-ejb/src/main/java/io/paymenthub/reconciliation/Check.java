package io.paymenthub.reconciliation;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * When something open at a gateway is next asked there, and which runner holds it: changed only by conditional
 * updates (claims), so it carries no version. Each table of checks keys it by what it checks.
 */
@MappedSuperclass
public abstract class Check {

    @Column(name = "next_check_at", nullable = false)
    private Instant nextCheckAt;

    @Column(nullable = false)
    private int checks;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "claimed_by", length = 80)
    private String claimedBy;

    protected Check() {
        // for JPA
    }

    protected Check(Instant nextCheckAt) {
        this.nextCheckAt = nextCheckAt;
    }

    public Instant nextCheckAt() { return nextCheckAt; }
    public int checks() { return checks; }
}
