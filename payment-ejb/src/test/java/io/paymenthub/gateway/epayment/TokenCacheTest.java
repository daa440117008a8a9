package io.paymenthub.gateway.epayment;

import io.paymenthub.gateway.http.GatewayUnreachable;
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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TokenCacheTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private final AtomicInteger fetches = new AtomicInteger();
    private final TokenCache cache = new TokenCache(clock);

    private TokenCache.Token fetch() {
        return new TokenCache.Token("token-" + fetches.incrementAndGet(), 7200);
    }

    @Test
    void the_token_is_reused_until_five_minutes_before_it_expires() {
        assertThat(cache.get(this::fetch)).isEqualTo("token-1");
        clock.advance(Duration.ofMinutes(114).plusSeconds(59));
        assertThat(cache.get(this::fetch)).isEqualTo("token-1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.get(this::fetch)).isEqualTo("token-2");
        assertThat(fetches).hasValue(2);
    }

    @Test
    void an_invalidated_token_is_fetched_again() {
        cache.get(this::fetch);
        cache.invalidate();
        assertThat(cache.get(this::fetch)).isEqualTo("token-2");
    }

    @Test
    void a_failed_fetch_keeps_nothing_and_the_next_call_tries_again() {
        try {
            cache.get(() -> {
                throw new GatewayUnreachable("timeout");
            });
        } catch (GatewayUnreachable expected) {
            // the caller sees the failure
        }
        assertThat(cache.get(this::fetch)).isEqualTo("token-1");
    }

    @Test
    void concurrent_callers_share_one_fetch() throws Exception {
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> tokens = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            tokens.add(pool.submit(() -> {
                start.await();
                return cache.get(() -> {
                    sleep();
                    return fetch();
                });
            }));
        }
        start.countDown();
        for (Future<String> token : tokens) {
            assertThat(token.get()).isEqualTo("token-1");
        }
        pool.shutdown();
        assertThat(fetches).hasValue(1);
    }

    @Test
    void the_token_does_not_show_in_logs() {
        assertThat(new TokenCache.Token("secret-access-token", 7200).toString()).doesNotContain("secret");
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

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
    }
}
