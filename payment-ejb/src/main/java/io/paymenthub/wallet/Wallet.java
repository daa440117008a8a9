package io.paymenthub.wallet;

import io.paymenthub.payment.Identifiers;
import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;

/**
 * A user's credits at one app. The balance changes only through {@link #credit}, {@link #spend} and
 * {@link #takeBack}, never below zero (a check constraint backs this up); callers hold the row lock. Sums are
 * exact: one that would pass {@link Long#MAX_VALUE} throws rather than wrap (the API's limits on credits keep
 * that out of reach: a billion credits a purchase).
 */
@Entity
@Table(name = "wallet")
public class Wallet {

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "app_id", nullable = false, length = 64)
    private String appId;

    @Column(name = "user_id", nullable = false, length = 200)
    private String userId;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false)
    private long balance;

    @Column(name = "total_purchased", nullable = false)
    private long totalPurchased;

    @Column(name = "total_spent", nullable = false)
    private long totalSpent;

    /** Credits a refund should have taken back but could not: they had been spent already. */
    @Column(name = "unrecovered_credits", nullable = false)
    private long unrecoveredCredits;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Wallet() {
        // for JPA
    }

    public Wallet(String appId, String userId, String currency, Instant now) {
        this.id = Identifiers.prefixed("wal");
        this.appId = appId;
        this.userId = userId;
        this.currency = currency;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A purchase was paid: its credits become balance. */
    public void credit(long credits, Instant now) {
        requirePositive(credits);
        balance = Math.addExact(balance, credits);
        totalPurchased = Math.addExact(totalPurchased, credits);
        updatedAt = now;
    }

    /** @throws HubException {@code insufficient_credits} when the balance is short; nothing changes then */
    public void spend(long credits, Instant now) {
        requirePositive(credits);
        if (credits > balance) {
            throw new HubException(ProblemCode.INSUFFICIENT_CREDITS,
                    "The balance is " + balance + " credits, " + credits + " were asked for",
                    Map.of("balance", balance));
        }
        balance -= credits;
        totalSpent = Math.addExact(totalSpent, credits);
        updatedAt = now;
    }

    /**
     * A purchase was refunded: takes back as many of its credits as the balance still holds and records the
     * rest as unrecovered. Returns the credits taken back.
     */
    public long takeBack(long credits, Instant now) {
        requirePositive(credits);
        long taken = Math.min(credits, balance);
        balance -= taken;
        unrecoveredCredits = Math.addExact(unrecoveredCredits, credits - taken);
        updatedAt = now;
        return taken;
    }

    private static void requirePositive(long credits) {
        if (credits < 1) {
            throw new IllegalArgumentException("credits must be positive: " + credits);
        }
    }

    public String id() { return id; }
    public String appId() { return appId; }
    public String userId() { return userId; }
    public String currency() { return currency; }
    public long balance() { return balance; }
    public long totalPurchased() { return totalPurchased; }
    public long totalSpent() { return totalSpent; }
    public long unrecoveredCredits() { return unrecoveredCredits; }
}
