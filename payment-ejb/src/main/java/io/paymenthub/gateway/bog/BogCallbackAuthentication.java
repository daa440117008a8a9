package io.paymenthub.gateway.bog;

import io.paymenthub.gateway.bog.BogConfig.CallbackAuth;
import io.paymenthub.gateway.spi.CallbackRejectedException;
import io.paymenthub.gateway.spi.CallbackRequest;
import io.paymenthub.sharedkey.SharedKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks that a call comes from BOG, by every method {@code BOG_CALLBACK_AUTH} lists (seed 002):
 * <ul>
 * <li>{@code signature}: {@code Callback-Signature}, SHA256withRSA over the raw body with {@code BOG_PUBLIC_KEY};</li>
 * <li>{@code basic}: {@code Authorization: Basic base64(BOG_CLIENT_ID:BOG_CLIENT_SECRET)};</li>
 * <li>{@code oauth}: {@code Authorization: Bearer} a token the hub issued ({@link #issueToken});</li>
 * <li>{@code apikey}: {@code X-API-Key: BOG_CALLBACK_API_KEY};</li>
 * <li>{@code hmac}: {@code X-Signature}: hex or base64 HMAC-SHA256 of the raw body with {@code BOG_CALLBACK_HMAC_SECRET}.</li>
 * </ul>
 * Secrets are compared in constant time; a refusal names what failed, never what was presented.
 */
@ApplicationScoped
public class BogCallbackAuthentication {

    static final String SIGNATURE_HEADER = "Callback-Signature";
    static final String API_KEY_HEADER = "X-API-Key";
    static final String HMAC_HEADER = "X-Signature";

    @Inject
    BogConfig config;

    private volatile Set<CallbackAuth> modes;
    private volatile CallbackSignature signature;
    @Inject
    SharedKeys sharedKeys;

    /** Made on first use: its key, shared by every node, comes from the database. */
    volatile CallbackTokens tokens;

    /** Parses the key and the method list once; a mistake in either fails loudly (at deployment). */
    public void check() {
        Set<CallbackAuth> parsed = config.callbackAuth();
        if (parsed.contains(CallbackAuth.BASIC) && parsed.contains(CallbackAuth.OAUTH)) {
            throw new IllegalStateException("BOG_CALLBACK_AUTH: basic and oauth both use the Authorization header;"
                    + " list one of them");
        }
        if (parsed.contains(CallbackAuth.APIKEY) && config.callbackApiKey().isEmpty()) {
            throw new IllegalStateException("BOG_CALLBACK_AUTH lists apikey but BOG_CALLBACK_API_KEY is not set");
        }
        if (parsed.contains(CallbackAuth.HMAC) && config.callbackHmacSecret().isEmpty()) {
            throw new IllegalStateException("BOG_CALLBACK_AUTH lists hmac but BOG_CALLBACK_HMAC_SECRET is not set");
        }
        try {
            signature = CallbackSignature.of(config.publicKey());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("BOG_PUBLIC_KEY: " + e.getMessage(), e);
        }
        modes = parsed;
    }

    private Set<CallbackAuth> modes() {
        if (modes == null) {
            check();
        }
        return modes;
    }

    /** @throws CallbackRejectedException naming the first method that failed */
    public void verify(CallbackRequest callback) {
        for (CallbackAuth mode : modes()) {
            if (!passes(mode, callback)) {
                throw new CallbackRejectedException("BOG callback failed " + mode.name().toLowerCase() + " authentication");
            }
        }
    }

    private boolean passes(CallbackAuth mode, CallbackRequest callback) {
        return switch (mode) {
            case SIGNATURE -> signature.verify(callback.body(), callback.header(SIGNATURE_HEADER));
            case BASIC -> constantTimeEquals(config.basicAuthorization(), callback.header("Authorization"));
            case OAUTH -> tokens().isValid(bearer(callback.header("Authorization")));
            case APIKEY -> constantTimeEquals(config.callbackApiKey().orElseThrow(), callback.header(API_KEY_HEADER));
            case HMAC -> hmacMatches(callback.body(), callback.header(HMAC_HEADER));
        };
    }

    /** The hub as BOG's OAuth server: a token for BOG's own client credentials, empty for anything else. */
    public Optional<CallbackTokens.Issued> issueToken(String clientId, String clientSecret) {
        boolean idMatches = constantTimeEquals(config.clientId(), clientId);
        boolean secretMatches = constantTimeEquals(config.clientSecret(), clientSecret);
        return idMatches && secretMatches ? Optional.of(tokens().issue()) : Optional.empty();
    }

    private CallbackTokens tokens() {
        if (tokens == null) {
            tokens = new CallbackTokens(Clock.systemUTC(), sharedKeys.key("bog-callback-token"));
        }
        return tokens;
    }

    private boolean hmacMatches(byte[] body, String presented) {
        if (presented == null || presented.isBlank()) {
            return false;
        }
        byte[] expected = hmac(config.callbackHmacSecret().orElseThrow(), body);
        String text = presented.trim();
        String hex = text.startsWith("sha256=") ? text.substring(7) : text;
        return constantTimeEquals(HexFormat.of().formatHex(expected), hex.toLowerCase())
                || constantTimeEquals(Base64.getEncoder().encodeToString(expected), text);
    }

    static byte[] hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String bearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim() : null;
    }

    static boolean constantTimeEquals(String expected, String actual) {
        return actual != null && !expected.isEmpty() && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }
}
