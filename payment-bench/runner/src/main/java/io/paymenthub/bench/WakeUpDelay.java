package io.paymenthub.bench;

import java.util.Locale;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * How late a thread wakes up on this machine while it is idle: {@code sleeps} sleeps of 1 ms, each one's oversleep
 * recorded. Every request the hub answers wakes several threads (the I/O thread, a worker, PostgreSQL's backend, the
 * load generator), so on a virtual machine whose idle cores wake late the tail of every load at a fixed rate —
 * the ceiling's too — is at least this machine's.
 */
record WakeUpDelay(long sleeps, double p50Millis, double p99Millis, double maxMillis) {

    private static final long SLEEP_NANOS = 1_000_000;

    static WakeUpDelay measure(int sleeps) {
        Histogram oversleep = new Histogram(60_000_000L, 3);
        for (int i = 0; i < sleeps; i++) {
            long start = System.nanoTime();
            LockSupport.parkNanos(SLEEP_NANOS);
            long late = System.nanoTime() - start - SLEEP_NANOS;
            oversleep.recordValue(Math.min(60_000_000L, Math.max(0, late / 1_000)));
        }
        return new WakeUpDelay(oversleep.getTotalCount(), oversleep.getValueAtPercentile(50) / 1000.0,
                oversleep.getValueAtPercentile(99) / 1000.0, oversleep.getMaxValue() / 1000.0);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "a 1 ms sleep woke up late by %.2f ms at p50, %.2f ms at p99, %.1f ms at"
                + " most (%d sleeps, the machine idle before the server starts)", p50Millis, p99Millis, maxMillis,
                sleeps);
    }
}
