package io.paymenthub.idempotency;

/** The outcome of presenting an idempotency key. */
public sealed interface Claim {

    /** The key is new: do the work, then {@link IdempotencyStore#complete} (or {@link IdempotencyStore#release}). */
    record First(long recordId) implements Claim {
    }

    /** The key was used before with the same request: answer with the stored response. */
    record Replay(StoredResponse response) implements Claim {
    }
}
