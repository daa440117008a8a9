package io.paymenthub.gateway.epayment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The service token for status checks and operations: fetched once, shared by all threads, renewed
 * {@link #MARGIN} before it expires. One thread fetches while the others wait for its answer.
 */
final class TokenCache {

    static final Duration MARGIN = Duration.ofMinutes(5);

    /** An access token and how long epayment.kz said it lives. */
    record Token(String accessToken, long expiresInSeconds) {
        @Override
        public String toString() {
            return "Token[expiresIn=" + expiresInSeconds + "]";
        }
    }

    private final Clock clock;
    private String current;
    private Instant renewAt = Instant.MIN;

    TokenCache(Clock clock) {
        this.clock = clock;
    }

    synchronized String get(Supplier<Token> fetch) {
        Instant now = clock.instant();
        if (current == null || !now.isBefore(renewAt)) {
            Token token = fetch.get();
            current = token.accessToken();
            renewAt = now.plusSeconds(token.expiresInSeconds()).minus(MARGIN);
        }
        return current;
    }

    /** Forgets the token, e.g. after epayment.kz refused it. */
    synchronized void invalidate() {
        current = null;
    }
}
