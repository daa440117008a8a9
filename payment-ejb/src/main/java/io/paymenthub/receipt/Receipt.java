package io.paymenthub.receipt;

import io.paymenthub.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The receipt of a fulfilled payment: what was paid, fixed when it was issued with the fulfilment, and its number,
 * given once right after that transaction commits ({@code ReceiptNumbering}). Never changes after that.
 */
@Entity
@Table(name = "receipt")
public class Receipt {

    @Id
    @Column(name = "payment_id", length = 40)
    private String paymentId;

    @Column(name = "receipt_number", length = 24)
    private String number;

    @Column(name = "receipt_year", nullable = false)
    private int year;

    @Column(name = "sequence_no")
    private Long sequence;

    @Column(name = "app_id", nullable = false, length = 64)
    private String appId;

    @Embedded
    private Money amount;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected Receipt() {
        // for JPA
    }

    /** Issued in {@code year}, not numbered yet. */
    public Receipt(String paymentId, String appId, int year, Money amount, Instant issuedAt) {
        this.paymentId = paymentId;
        this.appId = appId;
        this.year = year;
        this.amount = amount;
        this.issuedAt = issuedAt;
    }

    /** Gives the receipt the year's {@code sequence}-th number; only once. */
    public void number(long sequence) {
        if (this.sequence != null) {
            throw new IllegalStateException("Receipt of " + paymentId + " is numbered already: " + number);
        }
        this.number = ReceiptNumber.of(year, sequence);
        this.sequence = sequence;
    }

    public boolean isNumbered() {
        return number != null;
    }

    public String paymentId() { return paymentId; }
    /** {@code R-2026-000042}; null for the moment between the fulfilment's commit and the numbering. */
    public String number() { return number; }
    public int year() { return year; }
    public String appId() { return appId; }
    public Money amount() { return amount; }
    public Instant issuedAt() { return issuedAt; }
}
