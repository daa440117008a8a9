package io.paymenthub.reconciliation.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When the janitor asks a gateway about a payment that is not final: {@code delays[0]} after its creation, then
 * each following delay after the previous check, the last one repeating (backoff). A payment older than the
 * time to live is expired after the check that found it still open — one last query, then {@code EXPIRED}.
 */
public record CheckSchedule(List<Duration> delays, Duration timeToLive) {

    public CheckSchedule {
        if (delays.isEmpty()) {
            throw new IllegalArgumentException("At least one delay");
        }
        delays = List.copyOf(delays);
    }

    public Instant first(Instant createdAt) {
        return createdAt.plus(delays.get(0));
    }

    /** After the {@code checksDone}-th check (1 = the first), when the next one is due. */
    public Instant next(int checksDone, Instant checkedAt) {
        return checkedAt.plus(delays.get(Math.min(Math.max(checksDone, 1), delays.size() - 1)));
    }

    /** The payment has been open longer than its time to live; the query just made was its last. */
    public boolean expired(Instant createdAt, Instant now) {
        return !now.isBefore(createdAt.plus(timeToLive));
    }
}
