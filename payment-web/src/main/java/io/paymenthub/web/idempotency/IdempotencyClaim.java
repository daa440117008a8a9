package io.paymenthub.web.idempotency;

import io.paymenthub.idempotency.IdempotencyStore;
import io.paymenthub.idempotency.StoredResponse;
import io.paymenthub.web.JsonbResolver;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.net.URI;

/**
 * This request's claim of its {@code Idempotency-Key}, when it made one ({@link IdempotencyFilter}). A resource
 * whose work ends in a transaction of its own may keep its answer in that transaction ({@link #keep}), one commit
 * fewer; otherwise the filter keeps the answer after the resource, in a transaction of its own.
 */
@RequestScoped
public class IdempotencyClaim {

    @Inject
    IdempotencyStore store;

    private Long recordId;
    private String kept;
    private boolean committed;

    void claimed(long recordId) {
        this.recordId = recordId;
    }

    Long recordId() {
        return recordId;
    }

    /**
     * The answer's JSON (an entity already a string is taken as it is), kept for replay when the key was claimed:
     * in the transaction running — a resource calls this in its last one, again when that one is retried — or, from
     * the filter after the resource, in one of its own.
     */
    public String keep(int status, URI location, Object entity) {
        kept = entity == null ? null : entity instanceof String text ? text : JsonbResolver.JSONB.toJson(entity);
        if (recordId != null) {
            store.complete(recordId, new StoredResponse(status, kept, location == null ? null : location.toString()));
        }
        return kept;
    }

    /** The transaction that kept the answer committed: the filter keeps nothing more. The answer kept. */
    public String committed() {
        if (kept == null) {
            throw new IllegalStateException("No answer was kept");
        }
        committed = true;
        return kept;
    }

    boolean isAnswerKept() {
        return committed;
    }
}
