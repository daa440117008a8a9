package io.paymenthub.fulfilment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The proof that a payment was fulfilled: its primary key, the payment id, allows one row per payment. */
@Entity
@Table(name = "fulfilment")
public class Fulfilment {

    @Id
    @Column(name = "payment_id", length = 40)
    private String paymentId;

    @Column(name = "fulfilled_at", nullable = false)
    private Instant fulfilledAt;

    protected Fulfilment() {
        // for JPA
    }

    public Fulfilment(String paymentId, Instant fulfilledAt) {
        this.paymentId = paymentId;
        this.fulfilledAt = fulfilledAt;
    }

    public String paymentId() { return paymentId; }
    public Instant fulfilledAt() { return fulfilledAt; }
}
