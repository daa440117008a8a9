package io.paymenthub.idempotency;

import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import io.paymenthub.transaction.ConcurrencyConflicts;
import io.paymenthub.transaction.Detached;
import io.paymenthub.transaction.Shareable;
import io.paymenthub.transaction.SharedTransactions;
import io.paymenthub.transaction.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Stores idempotency keys per app. A key is claimed by inserting its row: the database's unique constraint
 * lets exactly one of several concurrent requests through; the others wait for its response and replay it.
 * Rows are kept at least 24 hours.
 */
@ApplicationScoped
public class IdempotencyStore {

    static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(15);

    @PersistenceContext
    EntityManager em;

    @Inject
    Transactions transactions;

    @Inject
    SharedTransactions shared;

    @Inject
    Clock clock;

    /**
     * Claims the key in a transaction of its own (shared with concurrent requests' work), before the request's work;
     * its row is sent at once, so that a key claimed already fails this unit, not the others'.
     *
     * @throws HubException {@code idempotency_key_reused} (422) when the key came with another request,
     *                      {@code idempotency_in_progress} (409) when the first request is still running
     */
    public Claim claim(String appId, String key, String requestHash) {
        return claim(stepFor(new RequestKey(appId, key, requestHash)));
    }

    /** As {@link #claim(String, String, String)}, with the step made for work that did not run it. */
    public Claim claim(ClaimStep step) {
        return firstTime(step, () -> {
            shared.run(new Shareable<Void>() {
                @Override
                public Void inShared() {
                    step.run();
                    em.flush();
                    return null;
                }

                @Override
                public Void alone() {
                    return transactions.inNewTransaction(this::inShared);
                }
            });
            return new Claim.First(step.recordId());
        }, Claim.Replay::new);
    }

    /** The step that claims {@code key} in the first transaction of the work it guards ({@link #firstTime}). */
    public ClaimStep stepFor(RequestKey key) {
        return new ClaimStep(this, key);
    }

    /**
     * The work's answer, with {@code step} run (by the work) in its first transaction: one transaction fewer than
     * claiming first. When the key was claimed already, the answer is the first request's, replayed; when that
     * request is still running, the work is tried again once it has answered or failed.
     *
     * @throws HubException {@code idempotency_key_reused} (422) when the key came with another request,
     *                      {@code idempotency_in_progress} (409) when the first request is still running
     */
    public <T> T firstTime(ClaimStep step, Supplier<T> work, Function<StoredResponse, T> replay) {
        RequestKey key = step.key();
        long deadline = System.nanoTime() + WAIT_FOR_FIRST.toNanos();
        boolean triedAgain = false;
        while (true) {
            RuntimeException failure;
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (!ConcurrencyConflicts.isUniqueViolation(e) || isClaimedBy(step)) {
                    // not about the key: the work failed after its claim committed (the filter releases the key)
                    throw e;
                }
                step.notClaimed();
                failure = e;
            }
            Optional<StoredResponse> first;
            try {
                first = awaitFirst(key, deadline);
            } catch (HubException refused) {
                step.answeredByFirst();
                throw refused;
            }
            if (first.isPresent()) {
                step.answeredByFirst();
                return replay.apply(first.get());
            }
            if (triedAgain) {
                // no record of the key again: the violation was another row's
                throw failure;
            }
            // the first request released the key meanwhile
            triedAgain = true;
        }
    }

    /** The step's record was committed: the key is this request's. */
    private boolean isClaimedBy(ClaimStep step) {
        Long mine = step.recordId();
        return mine != null && transactions.inNewTransaction(() -> em.find(IdempotencyRecord.class, mine)) != null;
    }

    /**
     * The first request's answer, once it has one; empty when it released the key, and only then is the
     * work tried again: a taken key rolls back the shared transaction it was tried in, with others' work in it.
     */
    private Optional<StoredResponse> awaitFirst(RequestKey key, long deadline) {
        while (true) {
            Optional<IdempotencyRecord> first = transactions.inNewTransaction(() -> find(key));
            if (first.isEmpty()) {
                return Optional.empty();
            }
            if (!first.get().requestHash().equals(key.requestHash())) {
                throw new HubException(ProblemCode.IDEMPOTENCY_KEY_REUSED,
                        "This Idempotency-Key was used with a different request");
            }
            if (first.get().response() != null) {
                return Optional.of(first.get().response());
            }
            if (System.nanoTime() > deadline) {
                throw new HubException(ProblemCode.IDEMPOTENCY_IN_PROGRESS,
                        "A request with this Idempotency-Key is still being processed; retry later");
            }
            sleep();
        }
    }

    /** The key's row, inserted with the transaction's other rows: a key claimed already fails their flush. */
    IdempotencyRecord insert(RequestKey key) {
        IdempotencyRecord record = new IdempotencyRecord(key.appId(), key.key(), key.requestHash(), clock.instant());
        em.persist(record);
        return record;
    }

    /**
     * Keeps the first request's answer: one statement, the row is not read first; in the caller's transaction when
     * there is one (the answer commits with the work it answers), else in one of its own. Nothing pending in the
     * persistence context touches the record, so the statement does not flush it first.
     */
    public void complete(long recordId, StoredResponse response) {
        transactions.inTransaction(() -> em.createQuery("update IdempotencyRecord r set"
                        + " r.responseStatus = :status, r.responseBody = :body, r.responseLocation = :location"
                        + " where r.id = :id")
                .setParameter("status", response.status()).setParameter("body", response.body())
                .setParameter("location", response.location()).setParameter("id", recordId)
                .setFlushMode(FlushModeType.COMMIT).executeUpdate());
    }

    /**
     * As {@link #complete(long, StoredResponse)}, for a key its request's work claimed: the first transaction that
     * answers takes the record up as the claim inserted it, without reading it, and its update is written with the
     * transaction's other rows, in their batch.
     */
    public void complete(ClaimStep step, StoredResponse response) {
        IdempotencyRecord inserted = step.takeInserted();
        if (inserted == null) {
            complete(step.recordId(), response);
            return;
        }
        transactions.inTransaction(() -> {
            Detached.reattach(em, inserted, inserted.id()).answer(response);
            return null;
        });
    }

    /** Forgets a claim whose request failed unexpectedly, so that the client may retry with the same key. */
    public void release(long recordId) {
        transactions.inNewTransaction(() -> {
            IdempotencyRecord record = em.find(IdempotencyRecord.class, recordId);
            if (record != null) {
                em.remove(record);
            }
            return null;
        });
    }

    private Optional<IdempotencyRecord> find(RequestKey key) {
        return em.createQuery("select r from IdempotencyRecord r where r.appId = :app and r.key = :key",
                        IdempotencyRecord.class)
                .setParameter("app", key.appId()).setParameter("key", key.key())
                .getResultStream().findFirst();
    }

    private static void sleep() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a concurrent request", e);
        }
    }
}
