package io.paymenthub.notification;

import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A notification to a merchant about one status change: its event id ({@code evt_…}, unique: the merchant
 * de-duplicates on it), the body frozen when the change happened, and where its delivery stands. A sender
 * {@linkplain #claim claims} it for a lease before delivering, so several nodes never send it at once.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @Column(length = 40)
    private String id;

    /** The payment the notification is about; null for one about a payout. */
    @Column(name = "payment_id", length = 40)
    private String paymentId;

    @Column(name = "payout_id", length = 40)
    private String payoutId;

    @Column(name = "app_id", nullable = false, length = 64)
    private String appId;

    @Column(name = "event_type", nullable = false, length = 40)
    private String type;

    @Column(nullable = false, length = 2000)
    private String url;

    /** The payment's status changes so far, this one included: receivers order a payment's events by it. */
    @Column
    private Integer sequence;

    @Column(nullable = false, length = 1000000)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NotificationStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    /** The node that claimed it last. */
    @Column(name = "claimed_by", length = 64)
    private String claimedBy;

    @Column(name = "last_status_code")
    private Integer lastStatusCode;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    /** A redelivery asked for while an attempt was under way: that attempt began before it, another follows. */
    @Column(name = "redeliver_requested", nullable = false)
    private boolean redeliverRequested;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Notification() {
        // for JPA
    }

    public Notification(String id, String paymentId, String appId, String type, int sequence, String url,
                        String payload, Instant now) {
        this.id = id;
        this.sequence = sequence;
        this.paymentId = paymentId;
        this.appId = appId;
        this.type = type;
        this.url = url;
        this.payload = payload;
        this.status = NotificationStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A notification about a payout; {@code sequence} numbers the payout's status changes. */
    public static Notification aboutPayout(String id, String payoutId, String appId, String type, int sequence,
                                           String url, String payload, Instant now) {
        Notification notification = new Notification(id, null, appId, type, sequence, url, payload, now);
        notification.payoutId = payoutId;
        return notification;
    }

    /** Takes the notification for {@code lease}; false when it is not due or another sender holds it. */
    public boolean claim(Instant now, Duration lease) {
        return claim(now, lease, null);
    }

    /** {@link #claim(Instant, Duration)} for the sender of node {@code claimant}. */
    public boolean claim(Instant now, Duration lease, String claimant) {
        if (status != NotificationStatus.PENDING || nextAttemptAt == null || nextAttemptAt.isAfter(now)
                || (claimedUntil != null && claimedUntil.isAfter(now))) {
            return false;
        }
        claimedUntil = now.plus(lease);
        claimedBy = claimant;
        updatedAt = now;
        return true;
    }

    public void delivered(int statusCode, Instant now) {
        attempts++;
        status = NotificationStatus.DELIVERED;
        lastStatusCode = statusCode;
        lastError = null;
        deliveredAt = now;
        nextAttemptAt = null;
        claimedUntil = null;
        updatedAt = now;
        redeliverIfRequested(now);
    }

    /** A failed attempt: retried at {@code retryAt}, or dead when there is none. */
    public void failed(Integer statusCode, String error, Optional<Instant> retryAt, Instant now) {
        attempts++;
        lastStatusCode = statusCode;
        lastError = error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
        status = retryAt.isPresent() ? NotificationStatus.PENDING : NotificationStatus.DEAD;
        nextAttemptAt = retryAt.orElse(null);
        claimedUntil = null;
        updatedAt = now;
        redeliverIfRequested(now);
    }

    private void redeliverIfRequested(Instant now) {
        if (redeliverRequested) {
            redeliverRequested = false;
            status = NotificationStatus.PENDING;
            attempts = 0;
            nextAttemptAt = now;
        }
    }

    /** A dead notification is sent again, with the whole retry schedule ahead of it. */
    public void redeliver(Instant now) {
        if (status != NotificationStatus.DEAD) {
            throw new HubException(ProblemCode.INVALID_TRANSITION, "Only a dead notification can be redelivered",
                    Map.of("notificationStatus", status.name()));
        }
        status = NotificationStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        claimedUntil = null;
        updatedAt = now;
    }

    /**
     * The events API's redelivery: whatever its state, the event is sent again by an attempt that begins after this
     * request, with the whole retry schedule ahead of it. Requests made before that attempt begins are one
     * (idempotent); while an attempt is under way, the next follows it.
     */
    public void redeliverNow(Instant now) {
        if (claimedUntil != null && claimedUntil.isAfter(now)) {
            redeliverRequested = true;
            return;
        }
        if (status == NotificationStatus.PENDING && attempts == 0) {
            return;
        }
        status = NotificationStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        updatedAt = now;
    }

    /** {@code pending} (not tried yet), {@code retrying}, {@code delivered} or {@code dead}. */
    public DeliveryState deliveryState() {
        return switch (status) {
            case PENDING -> attempts == 0 ? DeliveryState.PENDING : DeliveryState.RETRYING;
            case DELIVERED -> DeliveryState.DELIVERED;
            case DEAD -> DeliveryState.DEAD;
        };
    }

    public String id() { return id; }
    public Integer sequence() { return sequence; }
    public String paymentId() { return paymentId; }
    public String payoutId() { return payoutId; }
    public String appId() { return appId; }
    public String type() { return type; }
    public String url() { return url; }
    public String payload() { return payload; }
    public NotificationStatus status() { return status; }
    public int attempts() { return attempts; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public Integer lastStatusCode() { return lastStatusCode; }
    public String lastError() { return lastError; }
    public Instant deliveredAt() { return deliveredAt; }
    public Instant createdAt() { return createdAt; }
}
