package io.paymenthub.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One idempotency key of one app: the request it was first used with and, once known, the response. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    public static final int ID_BLOCK = 50;

    /**
     * From {@code idempotency_record_seq} in blocks of {@value #ID_BLOCK}: the record is inserted with the rows of the
     * transaction that claims it, in their batch, not at once (an identity insert would be sent at once, and every
     * insert queued before it with it).
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idempotency_record_ids")
    @SequenceGenerator(name = "idempotency_record_ids", sequenceName = "idempotency_record_seq",
            allocationSize = ID_BLOCK)
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

    /**
     * The hub operation its request reserved to send to a gateway (e.g. {@code refund:re_…}); null until then. A key
     * with an operation is never released: its request's retries must not reach the gateway a second time.
     */
    @Column(length = 60)
    private String operation;

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
    Instant createdAt() { return createdAt; }
    String operation() { return operation; }

    void answer(StoredResponse response) {
        responseStatus = response.status();
        responseBody = response.body();
        responseLocation = response.location();
    }

    StoredResponse response() {
        return responseStatus == null ? null : new StoredResponse(responseStatus, responseBody, responseLocation);
    }
}
