package io.paymenthub.idempotency;

import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import io.paymenthub.transaction.Shareable;
import io.paymenthub.transaction.SharedTransactions;
import io.paymenthub.transaction.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

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
     * @throws HubException {@code idempotency_key_reused} (422) when the key came with another request,
     *                      {@code idempotency_in_progress} (409) when the first request is still running
     */
    public Claim claim(String appId, String key, String requestHash) {
        long deadline = System.nanoTime() + WAIT_FOR_FIRST.toNanos();
        while (true) {
            Optional<Claim> claimed = tryInsert(appId, key, requestHash);
            if (claimed.isPresent()) {
                return claimed.get();
            }
            Optional<IdempotencyRecord> existing = transactions.inNewTransaction(() -> find(appId, key));
            if (existing.isPresent()) {
                IdempotencyRecord record = existing.get();
                if (!record.requestHash().equals(requestHash)) {
                    throw new HubException(ProblemCode.IDEMPOTENCY_KEY_REUSED,
                            "This Idempotency-Key was used with a different request");
                }
                if (record.response() != null) {
                    return new Claim.Replay(record.response());
                }
            }
            // the first request is still running, or failed and released the key: wait, then try again
            if (System.nanoTime() > deadline) {
                throw new HubException(ProblemCode.IDEMPOTENCY_IN_PROGRESS,
                        "A request with this Idempotency-Key is still being processed; retry later");
            }
            sleep();
        }
    }

    /**
     * Inserts the key's row, in a transaction shared with concurrent requests' work; empty when the key is taken
     * (the unique constraint refused the row).
     */
    private Optional<Claim> tryInsert(String appId, String key, String requestHash) {
        try {
            return Optional.of(shared.run(new Shareable<>() {
                @Override
                public Claim inShared() {
                    return insert(appId, key, requestHash);
                }

                @Override
                public Claim alone() {
                    return transactions.inNewTransaction(() -> insert(appId, key, requestHash));
                }
            }));
        } catch (PersistenceException e) {
            return Optional.empty();
        }
    }

    /** The row is inserted at once (its id is the database's), so a taken key fails here. */
    private Claim insert(String appId, String key, String requestHash) {
        IdempotencyRecord record = new IdempotencyRecord(appId, key, requestHash, clock.instant());
        em.persist(record);
        return new Claim.First(record.id());
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

    private Optional<IdempotencyRecord> find(String appId, String key) {
        return em.createQuery("select r from IdempotencyRecord r where r.appId = :app and r.key = :key",
                        IdempotencyRecord.class)
                .setParameter("app", appId).setParameter("key", key)
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
