package io.paymenthub.gateway.bog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bearer tokens the hub issues to BOG ({@code POST /api/v1/callbacks/bog/oauth/token}): 32 random bytes,
 * short-lived, kept only as their SHA-256 hash in memory (a restart simply makes BOG ask for a new one). The
 * number kept is bounded, so a flood of token requests cannot exhaust memory.
 */
public final class CallbackTokens {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final int MAX_TOKENS = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Instant> expiryByHash = new ConcurrentHashMap<>();
    private final Clock clock;

    CallbackTokens(Clock clock) {
        this.clock = clock;
    }

    public record Issued(String token, Instant createdAt, Duration lifetime) {
    }

    Issued issue() {
        Instant now = clock.instant();
        if (expiryByHash.size() >= MAX_TOKENS) {
            expiryByHash.values().removeIf(expiry -> !now.isBefore(expiry));
            if (expiryByHash.size() >= MAX_TOKENS) {
                throw new IllegalStateException("too many live callback tokens");
            }
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        expiryByHash.put(hash(token), now.plus(LIFETIME));
        return new Issued(token, now, LIFETIME);
    }

    boolean isValid(String token) {
        if (token == null || token.isBlank()) {
            return false;
        }
        Instant expiry = expiryByHash.get(hash(token.trim()));
        return expiry != null && clock.instant().isBefore(expiry);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
