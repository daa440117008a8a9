package io.paymenthub.gateway.bog;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The bearer tokens the hub issues to BOG ({@code POST /api/v1/callbacks/bog/oauth/token}), short-lived and
 * self-contained: their expiry and 16 random bytes, then an HMAC-SHA256 of both under a key every node of the hub
 * shares. Any node accepts a token any node issued, nothing is kept per token (a flood of token requests costs no
 * memory), and nothing is looked up when a callback arrives.
 */
public final class CallbackTokens {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final int CLAIMS = Long.BYTES + 16;
    private static final int MAC = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final SecretKeySpec key;

    CallbackTokens(Clock clock, byte[] key) {
        this.clock = clock;
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    public record Issued(String token, Instant createdAt, Duration lifetime) {
    }

    Issued issue() {
        Instant now = clock.instant();
        byte[] nonce = new byte[CLAIMS - Long.BYTES];
        RANDOM.nextBytes(nonce);
        byte[] claims = ByteBuffer.allocate(CLAIMS).putLong(now.plus(LIFETIME).getEpochSecond()).put(nonce).array();
        byte[] token = ByteBuffer.allocate(CLAIMS + MAC).put(claims).put(mac(claims)).array();
        return new Issued(Base64.getUrlEncoder().withoutPadding().encodeToString(token), now, LIFETIME);
    }

    boolean isValid(String token) {
        if (token == null || token.isBlank()) {
            return false;
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token.trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (bytes.length != CLAIMS + MAC) {
            return false;
        }
        byte[] claims = Arrays.copyOf(bytes, CLAIMS);
        if (!MessageDigest.isEqual(mac(claims), Arrays.copyOfRange(bytes, CLAIMS, bytes.length))) {
            return false;
        }
        long expiresAt = ByteBuffer.wrap(claims).getLong();
        return clock.instant().getEpochSecond() < expiresAt;
    }

    private byte[] mac(byte[] claims) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(claims);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
