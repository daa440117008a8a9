package io.paymenthub.gateway.bog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One access token shared by every thread: fetched when there is none, renewed {@code margin} before it
 * expires, one fetch at a time (the others wait for it and take its token). {@link #drop} forgets a token the
 * API refused, unless another thread has already replaced it.
 */
final class TokenCache {

    /** Asks the token endpoint; throws when it cannot. */
    interface Fetcher {
        Token fetch();
    }

    record Token(String value, Duration lifetime) {
    }

    private record Cached(String value, Instant renewAt) {
    }

    private final Fetcher fetcher;
    private final Clock clock;
    private final Duration margin;
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile Cached current;

    TokenCache(Fetcher fetcher, Clock clock, Duration margin) {
        this.fetcher = fetcher;
        this.clock = clock;
        this.margin = margin;
    }

    String token() {
        Cached cached = current;
        if (isFresh(cached)) {
            return cached.value();
        }
        refreshing.lock();
        try {
            cached = current;
            if (isFresh(cached)) {
                return cached.value();
            }
            Token token = fetcher.fetch();
            Instant now = clock.instant();
            current = new Cached(token.value(), now.plus(token.lifetime()).minus(margin));
            return token.value();
        } finally {
            refreshing.unlock();
        }
    }

    /** Forgets {@code refused}, so the next call fetches a new token; a newer token is kept. */
    void drop(String refused) {
        refreshing.lock();
        try {
            Cached cached = current;
            if (cached != null && cached.value().equals(refused)) {
                current = null;
            }
        } finally {
            refreshing.unlock();
        }
    }

    private boolean isFresh(Cached cached) {
        return cached != null && clock.instant().isBefore(cached.renewAt());
    }
}
