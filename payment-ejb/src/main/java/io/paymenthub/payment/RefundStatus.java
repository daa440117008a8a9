package io.paymenthub.payment;

/** A refund's outcome at its gateway. */
public enum RefundStatus {
    PENDING, SUCCEEDED, FAILED
}
