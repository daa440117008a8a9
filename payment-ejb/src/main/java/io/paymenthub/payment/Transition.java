package io.paymenthub.payment;

/** What a status change request did to a payment: the history records every one, applied or not. */
public record Transition(PaymentStatus from, PaymentStatus to, Outcome outcome) {

    /** A payment's creation: from nothing to {@code CREATED}. */
    public static final Transition CREATION = new Transition(null, PaymentStatus.CREATED, Outcome.APPLIED);

    public enum Outcome {
        /** The payment moved. */
        APPLIED,
        /** The payment already had that status: nothing changed. */
        DUPLICATE,
        /** The move is not in the status table (e.g. backwards): recorded, acknowledged, not applied. */
        REFUSED
    }

    public boolean applied() {
        return outcome == Outcome.APPLIED;
    }

    public boolean reachedSuccess() {
        return applied() && to == PaymentStatus.SUCCESSFUL;
    }
}
