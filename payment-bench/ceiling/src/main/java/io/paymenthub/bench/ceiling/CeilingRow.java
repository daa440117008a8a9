package io.paymenthub.bench.ceiling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A row the ceiling endpoint updates, optimistically locked like a payment. The benchmark creates the table. */
@Entity
@Table(name = "bench_ceiling_row")
public class CeilingRow {

    @Id
    private long id;

    @Column(nullable = false)
    private long counter;

    @Version
    private long version;

    protected CeilingRow() {
    }

    long touch() {
        return ++counter;
    }
}
