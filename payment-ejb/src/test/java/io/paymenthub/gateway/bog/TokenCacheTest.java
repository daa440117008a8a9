package io.paymenthub.gateway.bog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TokenCacheTest {

    /** A clock the test moves. */
    static final class FakeClock extends Clock {
        volatile Instant now = Instant.parse("2026-11-24T00:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }
    }

    private final FakeClock clock = new FakeClock();
    private final AtomicInteger fetches = new AtomicInteger();
    private final TokenCache.Fetcher fetcher =
            () -> new TokenCache.Token("t" + fetches.incrementAndGet(), Duration.ofSeconds(3600));

    @Test
    void the_token_is_kept_until_the_safety_margin_before_its_expiry() {
        TokenCache cache = new TokenCache(fetcher, clock, Duration.ofSeconds(60));
        assertThat(cache.token()).isEqualTo("t1");
        clock.advance(Duration.ofSeconds(3539));
        assertThat(cache.token()).isEqualTo("t1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.token()).isEqualTo("t2");
        assertThat(fetches).hasValue(2);
    }

    @Test
    void a_dropped_token_is_fetched_anew_but_a_newer_token_survives_a_stale_drop() {
        TokenCache cache = new TokenCache(fetcher, clock, Duration.ofSeconds(60));
        assertThat(cache.token()).isEqualTo("t1");
        cache.drop("t1");
        assertThat(cache.token()).isEqualTo("t2");
        cache.drop("t1");
        assertThat(cache.token()).isEqualTo("t2");
        assertThat(fetches).hasValue(2);
    }

    @Test
    void many_threads_share_one_fetch() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        TokenCache cache = new TokenCache(() -> {
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new TokenCache.Token("t" + fetches.incrementAndGet(), Duration.ofSeconds(3600));
        }, clock, Duration.ofSeconds(60));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<String>> tokens = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                tokens.add(pool.submit(cache::token));
            }
            Thread.sleep(200);
            release.countDown();
            for (Future<String> token : tokens) {
                assertThat(token.get(5, TimeUnit.SECONDS)).isEqualTo("t1");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(fetches).hasValue(1);
    }
}
