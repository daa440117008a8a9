package io.paymenthub.reconciliation.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When the janitor asks a gateway about a payment that is not final: {@code delays[0]} after its creation, then
 * each following delay after the previous check, the last one repeating (backoff). A payment past its lifetime
 * ({@link io.paymenthub.payment.PaymentLifetimes}) is ended after the check that found it still open — one last
 * query first.
 */
public record CheckSchedule(List<Duration> delays) {

    public CheckSchedule {
        if (delays.isEmpty()) {
            throw new IllegalArgumentException("At least one delay");
        }
        delays = List.copyOf(delays);
    }

    /** The first delay: how long a gateway is given to record something before the hub asks about it. */
    public Duration grace() {
        return delays.get(0);
    }

    public Instant first(Instant createdAt) {
        return createdAt.plus(delays.get(0));
    }

    /** After the {@code checksDone}-th check (1 = the first), when the next one is due. */
    public Instant next(int checksDone, Instant checkedAt) {
        return checkedAt.plus(delays.get(Math.min(Math.max(checksDone, 1), delays.size() - 1)));
    }
}
