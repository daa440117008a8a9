package io.paymenthub.payment;

import io.paymenthub.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A refund of (part of) a payment's captured amount. */
@Entity
@Table(name = "refund")
public class Refund {

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "payment_id", nullable = false, length = 40)
    private String paymentId;

    @Embedded
    private Money amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RefundStatus status;

    @Column(length = 500)
    private String reason;

    @Column(name = "gateway_reference", length = 200)
    private String gatewayReference;

    @Column(length = 1000)
    private String failure;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Refund() {
        // for JPA
    }

    public Refund(String paymentId, Money amount, String reason, Instant now) {
        this.id = Identifiers.refundId();
        this.paymentId = paymentId;
        this.amount = amount;
        this.reason = reason;
        this.status = RefundStatus.PENDING;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * A refund the hub did not ask for, that the gateway reports done (made in its back office): recorded so that
     * the payment's refunds add up to what it refunded.
     */
    public static Refund madeAtGateway(String paymentId, Money amount, Instant now) {
        Refund refund = new Refund(paymentId, amount, "Refunded at the gateway", now);
        refund.status = RefundStatus.SUCCEEDED;
        return refund;
    }

    public void succeeded(String gatewayReference, Instant now) {
        this.status = RefundStatus.SUCCEEDED;
        if (gatewayReference != null) {
            this.gatewayReference = gatewayReference;
        }
        this.updatedAt = now;
    }

    public void failed(String failure, Instant now) {
        this.status = RefundStatus.FAILED;
        this.failure = failure == null || failure.length() <= 1000 ? failure : failure.substring(0, 1000);
        this.updatedAt = now;
    }

    /** Still pending; a reference the gateway gave now is kept, one it gave before is not forgotten. */
    public void awaitingGateway(String gatewayReference, Instant now) {
        if (gatewayReference != null) {
            this.gatewayReference = gatewayReference;
        }
        this.updatedAt = now;
    }

    public String id() { return id; }
    public String paymentId() { return paymentId; }
    public Money amount() { return amount; }
    public RefundStatus status() { return status; }
    public String reason() { return reason; }
    public String gatewayReference() { return gatewayReference; }
    public String failure() { return failure; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
