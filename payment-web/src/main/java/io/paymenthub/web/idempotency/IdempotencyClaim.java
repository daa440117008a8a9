package io.paymenthub.web.idempotency;

import io.paymenthub.idempotency.ClaimStep;
import io.paymenthub.idempotency.IdempotencyStore;
import io.paymenthub.idempotency.StoredResponse;
import io.paymenthub.problem.HubException;
import io.paymenthub.web.JsonbResolver;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * This request's claim of its {@code Idempotency-Key}, when it sent one ({@link IdempotencyFilter}): made by the
 * filter before the resource runs, or — for a resource that {@linkplain Idempotent#claimedByResource claims it
 * itself} — in the first transaction of the resource's work ({@link #firstTime}). A resource whose work ends in a
 * transaction of its own may keep its answer in that transaction ({@link #answer()}), one commit fewer; otherwise
 * the filter keeps the answer after the resource, in a transaction of its own.
 */
@RequestScoped
public class IdempotencyClaim {

    private static final Runnable NO_KEY = () -> {
    };

    @Inject
    IdempotencyStore store;

    /** The key's record, when the filter claimed it. */
    private Long recordId;
    /** The key, when the resource claims it. */
    private ClaimStep step;
    private Answer answer;

    void claimed(long recordId) {
        this.recordId = recordId;
    }

    void claimedByResource(ClaimStep step) {
        this.step = step;
    }

    /** The key's record once claimed; null when no key was claimed (yet). */
    Long recordId() {
        return step == null ? recordId : step.recordId();
    }

    /**
     * The key's record claimed by the filter before the resource ran, for work that marks it as having reached a
     * gateway ({@link io.paymenthub.idempotency.IdempotencyStore#reachesGateway}); null when no key was sent.
     */
    public Long claimedRecord() {
        return recordId;
    }

    /** The resource was to claim the key and did not (it refused the request before): the filter claims it late. */
    ClaimStep unclaimedStep() {
        return step != null && step.isPending() ? step : null;
    }

    /**
     * The resource's work with this request's key claimed in its first transaction: {@code work} runs the step it is
     * given there, before it changes anything (a step that does nothing when no key was sent). When the key was
     * claimed already, the first request's answer instead — replayed, or once it has one (or failed), tried again.
     *
     * @throws HubException {@code idempotency_key_reused} (422) when the key came with another request,
     *                      {@code idempotency_in_progress} (409) when the first request is still running
     */
    public Response firstTime(Function<Runnable, Response> work) {
        if (step == null) {
            return work.apply(NO_KEY);
        }
        return store.firstTime(step, () -> work.apply(step), IdempotencyFilter::replayOf);
    }

    /**
     * This request's answer, to keep in the transaction running: a plain object, so that work run on another
     * request's thread (a shared transaction) keeps it for this request.
     */
    public Answer answer() {
        if (answer == null) {
            answer = new Answer(this::complete);
        }
        return answer;
    }

    /** Keeps the answer in the key's record, when a key was claimed; read when the answer is kept (see below). */
    private void complete(StoredResponse response) {
        if (step != null && step.recordId() != null) {
            store.complete(step, response);
        } else if (step == null && recordId != null) {
            store.complete(recordId, response);
        }
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

        /**
         * Keeps it in the key's record, which is found when the answer is kept: a resource may claim the key after it
         * took its answer.
         */
        private final Consumer<StoredResponse> record;
        private volatile String kept;
        private volatile boolean committed;

        private Answer(Consumer<StoredResponse> record) {
            this.record = record;
        }

        /**
         * The answer's JSON (an entity already a string is taken as it is), kept for replay when the key was
         * claimed: in the transaction running — a resource calls this in its last one, again when that one is
         * retried.
         */
        public String keep(int status, URI location, Object entity) {
            kept = entity == null ? null : entity instanceof String text ? text : JsonbResolver.JSONB.toJson(entity);
            record.accept(new StoredResponse(status, kept, location == null ? null : location.toString()));
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
