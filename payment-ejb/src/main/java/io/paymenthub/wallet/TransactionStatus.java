package io.paymenthub.wallet;

/**
 * A wallet transaction's state. A purchase is {@code PENDING} until its payment is fulfilled; one whose payment
 * ended unpaid reads as {@code FAILED}. A refund that could not take all its credits back is {@code PARTIAL}.
 */
public enum TransactionStatus {
    PENDING, COMPLETED, FAILED, PARTIAL
}
