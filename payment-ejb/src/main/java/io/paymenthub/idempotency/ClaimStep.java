package io.paymenthub.idempotency;

/**
 * Claims one request's {@code Idempotency-Key} as a step of the first transaction of the work it guards, before
 * that work changes anything: the key's row is inserted with the transaction's other rows, so a key claimed already
 * fails the transaction's flush (at once when the work runs on its own and flushes step by step, at the commit when
 * it shares one) with a unique violation, which {@link IdempotencyStore#firstTime} recognises. It runs again when
 * its transaction runs again; its record is the last run's.
 */
public final class ClaimStep implements Runnable {

    private final IdempotencyStore store;
    private final RequestKey key;
    /** The last run's record, as inserted. */
    private volatile IdempotencyRecord inserted;
    /** A transaction took the record up to answer it ({@link #takeInserted}). */
    private volatile boolean insertedTaken;
    /** The key's first request answered instead: replayed, or the key refused (422, 409). */
    private volatile boolean answeredByFirst;

    ClaimStep(IdempotencyStore store, RequestKey key) {
        this.store = store;
        this.key = key;
    }

    @Override
    public void run() {
        inserted = store.insert(key);
        insertedTaken = false;
    }

    RequestKey key() {
        return key;
    }

    /** The claimed key's record; null when the step did not claim it (or has not run). */
    public Long recordId() {
        IdempotencyRecord record = inserted;
        return record == null ? null : record.id();
    }

    /**
     * The record as its claim inserted it, for the first transaction that answers it, to take up without reading it;
     * null after (that transaction may have changed it and rolled back): read it.
     */
    IdempotencyRecord takeInserted() {
        if (insertedTaken) {
            return null;
        }
        insertedTaken = true;
        return inserted;
    }

    /** The transaction that inserted the record rolled back: the key is not this request's. */
    void notClaimed() {
        inserted = null;
    }

    void answeredByFirst() {
        answeredByFirst = true;
    }

    /** Neither claimed nor answered by the key's first request: the work stopped before it claimed the key. */
    public boolean isPending() {
        return inserted == null && !answeredByFirst;
    }
}
