package io.paymenthub.gateway.spi;

/** How a gateway call ended, after Kill Bill's plugin API. */
public enum ResultKind {
    /** Done at the gateway. */
    PROCESSED,
    /** Accepted; the outcome arrives later (callback or status query). */
    PENDING,
    /** Refused by the gateway: a definite failure. */
    ERROR,
    /** Not known (timeout, 5xx, unreadable answer): reconcile later, never treat as failed. */
    UNDEFINED
}
