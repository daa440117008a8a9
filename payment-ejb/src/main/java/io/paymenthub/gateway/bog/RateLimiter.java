package io.paymenthub.gateway.bog;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per caller address: {@code perSecond} requests a second on average, bursts up to
 * {@code burst}. The number of addresses tracked is bounded (full buckets are forgotten first), so a flood
 * from many addresses cannot exhaust memory.
 */
public final class RateLimiter {

    private static final int MAX_ADDRESSES = 10_000;

    private final double perSecond;
    private final double burst;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long lastNanos;

        Bucket(double tokens, long lastNanos) {
            this.tokens = tokens;
            this.lastNanos = lastNanos;
        }
    }

    public RateLimiter(double perSecond, double burst, Clock clock) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.clock = clock;
    }

    /** True when the caller may go on; false when it is over its rate. */
    public boolean tryAcquire(String address) {
        long now = nanos();
        if (buckets.size() >= MAX_ADDRESSES) {
            buckets.entrySet().removeIf(e -> refill(e.getValue(), now) >= burst);
        }
        Bucket bucket = buckets.computeIfAbsent(address == null ? "?" : address, a -> new Bucket(burst, now));
        synchronized (bucket) {
            if (refill(bucket, now) < 1) {
                return false;
            }
            bucket.tokens -= 1;
            return true;
        }
    }

    private double refill(Bucket bucket, long now) {
        synchronized (bucket) {
            double elapsed = Math.max(0, now - bucket.lastNanos) / 1e9;
            bucket.tokens = Math.min(burst, bucket.tokens + elapsed * perSecond);
            bucket.lastNanos = now;
            return bucket.tokens;
        }
    }

    private long nanos() {
        java.time.Instant instant = clock.instant();
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
