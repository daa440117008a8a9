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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Stores idempotency keys per app. A key is claimed by inserting its row: the database's unique constraint
 * lets exactly one of several concurrent requests through; the others wait for its response and replay it.
 * A key whose request reserved a gateway operation ({@link #reachesGateway}) is never released: its retries replay
 * the answer, or get 409 until the operation is settled. A key left in progress by a request that died before it
 * reserved any is taken over by a retry after {@link IdempotencySettings#abandonedAfter}. Rows are kept
 * {@link IdempotencySettings#retention} ({@link #purge}).
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

    @Inject
    IdempotencySettings settings;

    /**
     * Claims the key in a transaction of its own (shared with concurrent requests' work), before the request's work;
     * its row is sent at once, so that a key claimed already fails this unit, not the others'.
     *
     * @throws HubException {@code idempotency_key_reused} (422) when the key came with another request,
     *                      {@code idempotency_in_progress} (409) when the first request is still running
     */
    public Claim claim(String appId, String key, String requestHash, OperationAnswers answers) {
        return claim(stepFor(new RequestKey(appId, key, requestHash)), answers);
    }

    /** As {@link #claim(String, String, String, OperationAnswers)}, with the step made for work that did not run it. */
    public Claim claim(ClaimStep step, OperationAnswers answers) {
        return firstTime(step, answers, () -> {
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
        return firstTime(step, OperationAnswers.NONE, work, replay);
    }

    private <T> T firstTime(ClaimStep step, OperationAnswers answers, Supplier<T> work,
                            Function<StoredResponse, T> replay) {
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
                first = awaitFirst(key, answers, deadline);
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
            // the first request released the key meanwhile, or it was abandoned and taken over
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
    private Optional<StoredResponse> awaitFirst(RequestKey key, OperationAnswers answers, long deadline) {
        while (true) {
            Optional<IdempotencyRecord> first = transactions.inNewTransaction(() -> find(key));
            if (first.isEmpty()) {
                return Optional.empty();
            }
            IdempotencyRecord record = first.get();
            if (!record.requestHash().equals(key.requestHash())) {
                throw new HubException(ProblemCode.IDEMPOTENCY_KEY_REUSED,
                        "This Idempotency-Key was used with a different request");
            }
            if (record.response() != null) {
                return Optional.of(record.response());
            }
            if (record.operation() != null) {
                Optional<StoredResponse> settled = answers.settled(record.operation());
                if (settled.isPresent()) {
                    complete(record.id(), settled.get());
                    return settled;
                }
            } else if (isAbandoned(record) && takeOver(record)) {
                return Optional.empty();
            }
            if (System.nanoTime() > deadline) {
                throw new HubException(ProblemCode.IDEMPOTENCY_IN_PROGRESS,
                        "A request with this Idempotency-Key is still being processed; retry later");
            }
            sleep();
        }
    }

    /** Its request has had longer than any request lives to reserve an operation or answer, and did neither. */
    private boolean isAbandoned(IdempotencyRecord record) {
        return record.createdAt().plus(settings.abandonedAfter()).isBefore(clock.instant());
    }

    /** Deletes an abandoned record, unless its request reserved an operation or answered meanwhile. */
    private boolean takeOver(IdempotencyRecord record) {
        return transactions.inNewTransaction(() -> em.createQuery("delete from IdempotencyRecord r where r.id = :id"
                        + " and r.operation is null and r.responseStatus is null")
                .setParameter("id", record.id()).executeUpdate()) == 1;
    }

    /**
     * Marks the key's record, in the transaction that reserves {@code operation} before a gateway is called, as
     * having reached a gateway: from then on it is never released ({@link #release}), and an error answer is not
     * kept for it ({@link #complete(long, StoredResponse)}). One statement, which fails the reservation when the key
     * is no longer this request's (it was abandoned and taken over, see {@link IdempotencySettings#abandonedAfter}).
     *
     * @throws HubException {@code idempotency_in_progress} (409) when the key was taken over by a retry
     */
    public void reachesGateway(long recordId, String operation) {
        int marked = em.createQuery("update IdempotencyRecord r set r.operation = :operation"
                        + " where r.id = :id and r.responseStatus is null and r.operation is null")
                .setParameter("operation", operation).setParameter("id", recordId).executeUpdate();
        if (marked != 1) {
            throw new HubException(ProblemCode.IDEMPOTENCY_IN_PROGRESS,
                    "A request with this Idempotency-Key is still being processed; retry later");
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
        // an error after the request reserved a gateway operation does not tell its outcome: the key stays in progress
        String which = response.status() >= 400 ? " and r.operation is null" : "";
        transactions.inTransaction(() -> em.createQuery("update IdempotencyRecord r set"
                        + " r.responseStatus = :status, r.responseBody = :body, r.responseLocation = :location"
                        + " where r.id = :id" + which)
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

    /**
     * Forgets a claim whose request failed unexpectedly, so that the client may retry with the same key — unless the
     * request reserved a gateway operation: then the key stays in progress until the operation is settled.
     */
    public void release(long recordId) {
        transactions.inNewTransaction(() -> em.createQuery("delete from IdempotencyRecord r where r.id = :id"
                        + " and r.operation is null")
                .setParameter("id", recordId).executeUpdate());
    }

    /**
     * Deletes up to {@code batch} records created before {@code cutoff}, oldest first, in one transaction; how many. A
     * record still in progress with a reserved operation is kept: its retries must never reach the gateway again.
     */
    public int purge(Instant cutoff, int batch) {
        return transactions.inNewTransaction(() -> {
            List<Long> ids = em.createQuery("select r.id from IdempotencyRecord r where r.createdAt < :cutoff"
                            + " and (r.responseStatus is not null or r.operation is null) order by r.createdAt",
                            Long.class)
                    .setParameter("cutoff", cutoff).setMaxResults(batch).getResultList();
            return ids.isEmpty() ? 0 : em.createQuery("delete from IdempotencyRecord r where r.id in :ids")
                    .setParameter("ids", ids).executeUpdate();
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
