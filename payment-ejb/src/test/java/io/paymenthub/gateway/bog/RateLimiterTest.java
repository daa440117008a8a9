package io.paymenthub.gateway.bog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void a_burst_is_allowed_then_the_average_rate_per_address() {
        TokenCacheTest.FakeClock clock = new TokenCacheTest.FakeClock();
        RateLimiter limiter = new RateLimiter(2, 5, clock);
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        }
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
        assertThat(limiter.tryAcquire("10.0.0.2")).isTrue();
        clock.advance(Duration.ofMillis(500));
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
    }
}
