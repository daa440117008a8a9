package io.paymenthub.web.idempotency;

import io.paymenthub.idempotency.IdempotencyStore;
import io.paymenthub.idempotency.StoredResponse;
import io.paymenthub.web.JsonbResolver;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.net.URI;

/**
 * This request's claim of its {@code Idempotency-Key}, when it made one ({@link IdempotencyFilter}). A resource
 * whose work ends in a transaction of its own may keep its answer in that transaction ({@link #answer()}), one
 * commit fewer; otherwise the filter keeps the answer after the resource, in a transaction of its own.
 */
@RequestScoped
public class IdempotencyClaim {

    @Inject
    IdempotencyStore store;

    private Long recordId;
    private Answer answer;

    void claimed(long recordId) {
        this.recordId = recordId;
    }

    Long recordId() {
        return recordId;
    }

    /**
     * This request's answer, to keep in the transaction running: a plain object, so that work run on another
     * request's thread (a shared transaction) keeps it for this request.
     */
    public Answer answer() {
        if (answer == null) {
            answer = new Answer(store, recordId);
        }
        return answer;
    }

    /** As {@link Answer#keep}, from the filter after the resource, in a transaction of its own. */
    String keep(int status, URI location, Object entity) {
        return answer().keep(status, location, entity);
    }

    boolean isAnswerKept() {
        return answer != null && answer.committed;
    }

    /** The answer of one request with its claim, wherever its work runs. */
    public static final class Answer {

        private final IdempotencyStore store;
        private final Long recordId;
        private volatile String kept;
        private volatile boolean committed;

        private Answer(IdempotencyStore store, Long recordId) {
            this.store = store;
            this.recordId = recordId;
        }

        /**
         * The answer's JSON (an entity already a string is taken as it is), kept for replay when the key was
         * claimed: in the transaction running — a resource calls this in its last one, again when that one is
         * retried.
         */
        public String keep(int status, URI location, Object entity) {
            kept = entity == null ? null : entity instanceof String text ? text : JsonbResolver.JSONB.toJson(entity);
            if (recordId != null) {
                String at = location == null ? null : location.toString();
                store.complete(recordId, new StoredResponse(status, kept, at));
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
    }
}
