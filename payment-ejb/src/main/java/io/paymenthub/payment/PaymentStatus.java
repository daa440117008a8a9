package io.paymenthub.payment;

import java.util.EnumSet;
import java.util.Set;

/**
 * A payment's status and the one table of allowed transitions (docs/api.md).
 *
 * <pre>
 * CREATED → PENDING → AUTHORIZED → SUCCESSFUL → PARTIALLY_REFUNDED → REFUNDED
 * CREATED → PENDING → CARD_SAVED (a tokenization checkout: no money taken)
 * terminal outcomes: FAILED, DECLINED, EXPIRED, ERROR, CANCELLED
 * </pre>
 *
 * A verified success (or authorization) that arrives after a local failure outcome is still applied — the
 * money was taken — and the payment is flagged as a late success; so is a card saved late (no money: no flag).
 */
public enum PaymentStatus {
    CREATED, PENDING, AUTHORIZED, SUCCESSFUL, PARTIALLY_REFUNDED, REFUNDED, CARD_SAVED,
    FAILED, DECLINED, EXPIRED, ERROR, CANCELLED;

    private static final Set<PaymentStatus> OPEN = EnumSet.of(CREATED, PENDING, AUTHORIZED);
    private static final Set<PaymentStatus> FAILURE_OUTCOMES = EnumSet.of(FAILED, DECLINED, EXPIRED, ERROR, CANCELLED);

    /** Where each status may go next; everything else is refused. */
    public Set<PaymentStatus> next() {
        return switch (this) {
            case CREATED -> EnumSet.of(PENDING, AUTHORIZED, SUCCESSFUL, CARD_SAVED, FAILED, DECLINED, EXPIRED, ERROR,
                    CANCELLED);
            case PENDING -> EnumSet.of(AUTHORIZED, SUCCESSFUL, CARD_SAVED, FAILED, DECLINED, EXPIRED, ERROR, CANCELLED);
            case AUTHORIZED -> EnumSet.of(SUCCESSFUL, FAILED, EXPIRED, CANCELLED);
            case SUCCESSFUL -> EnumSet.of(PARTIALLY_REFUNDED, REFUNDED);
            case PARTIALLY_REFUNDED -> EnumSet.of(REFUNDED);
            case FAILED, DECLINED, EXPIRED, ERROR, CANCELLED -> EnumSet.of(AUTHORIZED, SUCCESSFUL, CARD_SAVED);
            case REFUNDED, CARD_SAVED -> EnumSet.noneOf(PaymentStatus.class);
        };
    }

    public boolean canMoveTo(PaymentStatus target) {
        return next().contains(target);
    }

    /** True for a move out of a failure outcome: a gateway's verified success after we gave up locally. */
    public boolean isLateSuccess(PaymentStatus target) {
        return FAILURE_OUTCOMES.contains(this) && (target == SUCCESSFUL || target == AUTHORIZED);
    }

    /** No further gateway report is expected for a final payment; the reconciliation job leaves it alone. */
    public boolean isFinal() {
        return !OPEN.contains(this);
    }

    /** The statuses that are not final: a payment in one of them is still checked at its gateway. */
    public static Set<PaymentStatus> open() {
        return EnumSet.copyOf(OPEN);
    }

    /** Money was taken: the payment counts as paid (and fulfilled). */
    public boolean isPaid() {
        return this == SUCCESSFUL || this == PARTIALLY_REFUNDED || this == REFUNDED;
    }
}
