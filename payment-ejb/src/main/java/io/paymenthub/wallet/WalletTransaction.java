package io.paymenthub.wallet;

import io.paymenthub.payment.Identifiers;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigInteger;
import java.time.Instant;

/** One line of a wallet's history: a purchase (with its payment), a spend, or credits taken back by a refund. */
@Entity
@Table(name = "wallet_transaction")
public class WalletTransaction {

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "wallet_id", nullable = false, length = 40)
    private String walletId;

    @Enumerated(EnumType.STRING)
    @Column(name = "tx_type", nullable = false, length = 16)
    private TransactionType type;

    @Column(nullable = false)
    private long credits;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TransactionStatus status;

    @Column(name = "payment_id", length = 40)
    private String paymentId;

    @Column(length = 200)
    private String reference;

    /** For a purchase: how many of its credits refunds have claimed back so far. */
    @Column(name = "refunded_credits", nullable = false)
    private long refundedCredits;

    /** For a refund: the credits it could not take back. */
    @Column(nullable = false)
    private long unrecovered;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected WalletTransaction() {
        // for JPA
    }

    private WalletTransaction(String walletId, TransactionType type, long credits, TransactionStatus status,
                              String paymentId, String reference, Instant now) {
        this.id = Identifiers.prefixed("wtx");
        this.walletId = walletId;
        this.type = type;
        this.credits = credits;
        this.status = status;
        this.paymentId = paymentId;
        this.reference = reference;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public static WalletTransaction purchase(String walletId, long credits, String paymentId, Instant now) {
        return new WalletTransaction(walletId, TransactionType.PURCHASE, credits, TransactionStatus.PENDING,
                paymentId, "credits:" + credits, now);
    }

    public static WalletTransaction spend(String walletId, long credits, String reference, Instant now) {
        return new WalletTransaction(walletId, TransactionType.SPEND, credits, TransactionStatus.COMPLETED, null,
                reference, now);
    }

    public static WalletTransaction refund(String walletId, long credits, long taken, String paymentId, Instant now) {
        WalletTransaction refund = new WalletTransaction(walletId, TransactionType.REFUND, credits,
                taken == credits ? TransactionStatus.COMPLETED : TransactionStatus.PARTIAL, paymentId, null, now);
        refund.unrecovered = credits - taken;
        return refund;
    }

    /** The purchase's payment was fulfilled. */
    public void completed(Instant now) {
        status = TransactionStatus.COMPLETED;
        updatedAt = now;
    }

    /**
     * The credits of this purchase that refunds should have claimed back in all, when {@code refunded} of
     * {@code captured} minor units were refunded (rounded up: a refunded credit is never kept), less those already
     * claimed; the claim is recorded.
     */
    public long claimRefunded(long refundedMinor, long capturedMinor, Instant now) {
        if (capturedMinor <= 0) {
            return 0;
        }
        // exact: credits × refunded passes 2^63 for a billion credits at ten cents each
        long due = BigInteger.valueOf(credits).multiply(BigInteger.valueOf(refundedMinor))
                .add(BigInteger.valueOf(capturedMinor - 1)).divide(BigInteger.valueOf(capturedMinor))
                .min(BigInteger.valueOf(credits)).longValueExact();
        long claim = Math.max(0, due - refundedCredits);
        refundedCredits += claim;
        updatedAt = now;
        return claim;
    }

    public String id() { return id; }
    public String walletId() { return walletId; }
    public TransactionType type() { return type; }
    public long credits() { return credits; }
    public TransactionStatus status() { return status; }
    public String paymentId() { return paymentId; }
    public String reference() { return reference; }
    public long refundedCredits() { return refundedCredits; }
    public long unrecovered() { return unrecovered; }
    public Instant createdAt() { return createdAt; }
}
