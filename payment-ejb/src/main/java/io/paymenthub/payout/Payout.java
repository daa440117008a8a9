package io.paymenthub.payout;

import io.paymenthub.money.Money;
import io.paymenthub.payment.Identifiers;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Money sent by a merchant app to a card: the hub's saved card (its masked PAN kept here), or a card token the
 * merchant had. Its id ({@code po_…}) is the payout's tracking id at the gateway. Its status changes only through
 * {@link #moveTo}, by {@link PayoutStatus}'s table.
 */
@Entity
@Table(name = "payout")
public class Payout {

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "app_id", nullable = false, length = 64)
    private String appId;

    @Column(nullable = false, length = 32)
    private String gateway;

    @Embedded
    private Money amount;

    @Column(name = "card_id", length = 40)
    private String cardId;

    @Column(name = "card_mask", length = 32)
    private String cardMask;

    @Column(length = 500)
    private String description;

    @Column(length = 200)
    private String reference;

    /** Where the payout's notifications go; null: {@code PAYMENT_NOTIFY_URL}. */
    @Column(name = "notify_url", length = 2000)
    private String notifyUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PayoutStatus status;

    @Column(name = "test_mode", nullable = false)
    private boolean testMode;

    @Column(name = "gateway_uid", length = 200)
    private String gatewayUid;

    @Column(length = 1000)
    private String failure;

    /** Counts applied status changes: it numbers the payout's events. */
    @Column(name = "status_changes", nullable = false)
    private int statusChanges;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Payout() {
        // for JPA
    }

    public Payout(NewPayout request, String cardMask, boolean testMode, Instant now) {
        this.id = Identifiers.prefixed("po");
        this.appId = request.appId();
        this.gateway = request.gateway();
        this.amount = request.amount();
        this.cardId = request.cardId();
        this.cardMask = cardMask;
        this.description = request.description();
        this.reference = request.reference();
        this.notifyUrl = request.notifyUrl();
        this.status = PayoutStatus.PENDING;
        this.testMode = testMode;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Keeps the gateway's id of the payout, the first one it gave. */
    public void identifiedAs(String gatewayUid, Instant now) {
        if (gatewayUid != null && this.gatewayUid == null) {
            this.gatewayUid = gatewayUid;
            this.updatedAt = now;
        }
    }

    /**
     * Moves to {@code target} when the table allows it; {@code failure} is kept for a move to {@code FAILED}. False,
     * and nothing changed, for the same status or a move the table refuses.
     */
    public boolean moveTo(PayoutStatus target, String failure, Instant now) {
        if (!status.canMoveTo(target)) {
            return false;
        }
        this.status = target;
        if (target == PayoutStatus.FAILED) {
            this.failure = failure == null || failure.length() <= 1000 ? failure : failure.substring(0, 1000);
        }
        this.statusChanges++;
        this.updatedAt = now;
        return true;
    }

    /** {@code payout.succeeded}, {@code payout.failed}, {@code payout.pending}, {@code payout.unknown}. */
    public String id() { return id; }
    public String appId() { return appId; }
    public String gateway() { return gateway; }
    public Money amount() { return amount; }
    public String cardId() { return cardId; }
    public String cardMask() { return cardMask; }
    public String description() { return description; }
    public String reference() { return reference; }
    public String notifyUrl() { return notifyUrl; }
    public PayoutStatus status() { return status; }
    public boolean testMode() { return testMode; }
    public String gatewayUid() { return gatewayUid; }
    public String failure() { return failure; }
    public int statusChanges() { return statusChanges; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
