package io.paymenthub.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of a payment's history: every transition, and every message received about it (applied,
 * duplicate or refused), with its source and the raw payload as received. A payment's creation has no row: the
 * payment's own row records it, and its history begins with {@link #creationOf}.
 */
@Entity
@Table(name = "payment_event")
public class PaymentEvent {

    public static final int ID_BLOCK = 50;

    /**
     * From {@code payment_event_seq} in blocks of {@value #ID_BLOCK}: the events of a transaction are inserted in
     * one batch at its commit, and a node asks the database for ids once per block. Ids grow in the order a node
     * records events; across nodes the history is ordered by time first.
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_event_ids")
    @SequenceGenerator(name = "payment_event_ids", sequenceName = "payment_event_seq", allocationSize = ID_BLOCK)
    private Long id;

    @Column(name = "payment_id", nullable = false, length = 40)
    private String paymentId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 24)
    private PaymentStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 24)
    private PaymentStatus to;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EventSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Transition.Outcome outcome;

    @Column(length = 1000)
    private String detail;

    @Column(name = "raw_payload", length = 1_000_000)
    private String rawPayload;

    protected PaymentEvent() {
        // for JPA
    }

    public PaymentEvent(String paymentId, Transition transition, EventSource source, String detail,
                        String rawPayload, Instant at) {
        this.paymentId = paymentId;
        this.from = transition.from();
        this.to = transition.to();
        this.outcome = transition.outcome();
        this.source = source;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        this.rawPayload = rawPayload;
        this.occurredAt = at;
    }

    /** The first entry of a payment's history, made from the payment (never stored): its creation through the API. */
    public static PaymentEvent creationOf(Payment payment) {
        return new PaymentEvent(payment.id(), Transition.CREATION, EventSource.API, "created", null,
                payment.createdAt());
    }

    public Long id() { return id; }
    public String paymentId() { return paymentId; }
    public Instant occurredAt() { return occurredAt; }
    public PaymentStatus from() { return from; }
    public PaymentStatus to() { return to; }
    public EventSource source() { return source; }
    public Transition.Outcome outcome() { return outcome; }
    public String detail() { return detail; }
    public String rawPayload() { return rawPayload; }
}
