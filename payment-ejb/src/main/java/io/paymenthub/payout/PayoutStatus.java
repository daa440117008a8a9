package io.paymenthub.payout;

import java.util.EnumSet;
import java.util.Set;

/**
 * A payout's status and its one table of transitions.
 *
 * <pre>
 * PENDING → UNKNOWN | SUCCEEDED | FAILED
 * UNKNOWN → PENDING | SUCCEEDED | FAILED
 * SUCCEEDED, FAILED: final
 * </pre>
 *
 * {@code PENDING}: stored, being sent, or the gateway said it is processing it. {@code UNKNOWN}: the gateway did
 * not answer (a timeout, a 5xx, an unreadable answer), so whether it paid is not known; the janitor asks until it is.
 * Neither is ever sent again.
 */
public enum PayoutStatus {
    PENDING, UNKNOWN, SUCCEEDED, FAILED;

    public Set<PayoutStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(UNKNOWN, SUCCEEDED, FAILED);
            case UNKNOWN -> EnumSet.of(PENDING, SUCCEEDED, FAILED);
            case SUCCEEDED, FAILED -> EnumSet.noneOf(PayoutStatus.class);
        };
    }

    public boolean canMoveTo(PayoutStatus target) {
        return next().contains(target);
    }

    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED;
    }
}
