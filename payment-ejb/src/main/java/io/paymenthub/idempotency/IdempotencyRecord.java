package io.paymenthub.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One idempotency key of one app: the request it was first used with and, once known, the response. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "app_id", nullable = false, length = 64)
    private String appId;

    @Column(name = "idem_key", nullable = false, length = 255)
    private String key;

    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @Column(name = "response_status")
    private Integer responseStatus;

    @Column(name = "response_body", length = 1_000_000)
    private String responseBody;

    @Column(name = "response_location", length = 500)
    private String responseLocation;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotencyRecord() {
        // for JPA
    }

    IdempotencyRecord(String appId, String key, String requestHash, Instant createdAt) {
        this.appId = appId;
        this.key = key;
        this.requestHash = requestHash;
        this.createdAt = createdAt;
    }

    Long id() { return id; }
    String requestHash() { return requestHash; }

    StoredResponse response() {
        return responseStatus == null ? null : new StoredResponse(responseStatus, responseBody, responseLocation);
    }
}
