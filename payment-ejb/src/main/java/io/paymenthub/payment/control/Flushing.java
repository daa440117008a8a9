package io.paymenthub.payment.control;

/** When a unit of work sends its changes to the database. */
public enum Flushing {
    /**
     * Step by step: the payment's versioned update before anything is inserted, so that a concurrent change
     * fails as a conflict the unit of work retries, not as a duplicate row.
     */
    EACH_STEP,
    /**
     * All at the transaction's end, in batches: for a caller that applies the whole transaction again, step by
     * step, when anything in it fails.
     */
    AT_COMMIT
}
