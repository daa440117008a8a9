package io.paymenthub.idempotency;

/**
 * Claims one request's {@code Idempotency-Key} as a step of the first transaction of the work it guards, before
 * that work changes anything: the key's row is inserted at once, so a key claimed already fails the step (and its
 * transaction) at once. It runs again when its transaction runs again; its record is the last run's.
 */
public final class ClaimStep implements Runnable {

    private final IdempotencyStore store;
    private final RequestKey key;
    private volatile Long recordId;
    /** The key's first request answered instead: replayed, or the key refused (422, 409). */
    private volatile boolean answeredByFirst;

    ClaimStep(IdempotencyStore store, RequestKey key) {
        this.store = store;
        this.key = key;
    }

    /** @throws KeyTaken when another request claimed the key first */
    @Override
    public void run() {
        recordId = null;
        recordId = store.insert(key);
    }

    RequestKey key() {
        return key;
    }

    /** The claimed key's record; null when the step did not claim it (or has not run). */
    public Long recordId() {
        return recordId;
    }

    void answeredByFirst() {
        answeredByFirst = true;
    }

    /** Neither claimed nor answered by the key's first request: the work stopped before it claimed the key. */
    public boolean isPending() {
        return recordId == null && !answeredByFirst;
    }

    /** The key is claimed already, by an earlier request or a concurrent one: its transaction cannot go on. */
    static final class KeyTaken extends RuntimeException {

        KeyTaken(Throwable cause) {
            super("The Idempotency-Key is claimed already", cause, false, false);
        }
    }
}
