package io.paymenthub.notification.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a failed notification is tried again: after 1 min, 5 min, 15 min, 1 h and 6 h (docs/api.md), then never.
 * The delays are configurable ({@code PAYMENT_NOTIFY_RETRY_DELAYS}) only so that tests need not wait hours.
 */
public record RetrySchedule(List<Duration> delays) {

    public static final RetrySchedule CONTRACT = new RetrySchedule(List.of(Duration.ofMinutes(1),
            Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(6)));

    public RetrySchedule {
        delays = List.copyOf(delays);
    }

    /** {@code 1m,5m,15m,1h,6h} or ISO-8601 durations ({@code PT1M}), comma-separated. */
    public static RetrySchedule parse(String text) {
        return new RetrySchedule(io.paymenthub.config.Durations.parse(text));
    }

    /** After the {@code failedAttempts}-th failed attempt (1 = the first), when to try again; empty: dead. */
    public Optional<Instant> next(int failedAttempts, Instant failedAt) {
        if (failedAttempts < 1 || failedAttempts > delays.size()) {
            return Optional.empty();
        }
        return Optional.of(failedAt.plus(delays.get(failedAttempts - 1)));
    }
}
