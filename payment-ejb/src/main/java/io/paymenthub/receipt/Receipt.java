package io.paymenthub.receipt;

import io.paymenthub.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The receipt of a fulfilled payment: its number and what was paid, fixed when it was issued. Never changes. */
@Entity
@Table(name = "receipt")
public class Receipt {

    @Id
    @Column(name = "payment_id", length = 40)
    private String paymentId;

    @Column(name = "receipt_number", nullable = false, length = 24)
    private String number;

    @Column(name = "receipt_year", nullable = false)
    private int year;

    @Column(name = "sequence_no", nullable = false)
    private long sequence;

    @Column(name = "app_id", nullable = false, length = 64)
    private String appId;

    @Embedded
    private Money amount;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected Receipt() {
        // for JPA
    }

    public Receipt(String paymentId, String appId, int year, long sequence, Money amount, Instant issuedAt) {
        this.paymentId = paymentId;
        this.appId = appId;
        this.year = year;
        this.sequence = sequence;
        this.number = ReceiptNumber.of(year, sequence);
        this.amount = amount;
        this.issuedAt = issuedAt;
    }

    public String paymentId() { return paymentId; }
    public String number() { return number; }
    public String appId() { return appId; }
    public Money amount() { return amount; }
    public Instant issuedAt() { return issuedAt; }
}
