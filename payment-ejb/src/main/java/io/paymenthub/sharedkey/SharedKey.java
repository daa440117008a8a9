package io.paymenthub.sharedkey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Base64;

/** One shared key, by the name of what it is for. */
@Entity
@Table(name = "shared_key")
public class SharedKey {

    @Id
    private String name;

    @Column(nullable = false)
    private String secret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SharedKey() {
    }

    SharedKey(String name, byte[] secret, Instant createdAt) {
        this.name = name;
        this.secret = Base64.getEncoder().encodeToString(secret);
        this.createdAt = createdAt;
    }

    byte[] secret() {
        return Base64.getDecoder().decode(secret);
    }
}
