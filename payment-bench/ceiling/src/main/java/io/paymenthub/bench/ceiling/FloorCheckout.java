package io.paymenthub.bench.ceiling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A checkout as the floor stores it: inserted, then given the gateway's token. The benchmark creates the table. */
@Entity
@Table(name = "bench_floor_checkout")
public class FloorCheckout {

    @Id
    private long id;

    @Column(length = 100)
    private String token;

    @Version
    private long version;

    protected FloorCheckout() {
    }

    FloorCheckout(long id) {
        this.id = id;
    }

    void opened(String token) {
        this.token = token;
    }
}
