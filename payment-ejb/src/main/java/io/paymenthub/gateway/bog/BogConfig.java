package io.paymenthub.gateway.bog;

import io.paymenthub.network.IpRanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code BOG_*} keys (README, configuration). Enabled when the client id and secret are set. {@code BOG_TEST_MODE}
 * (not in the contract; default false) marks a sandbox or simulator, which allows an {@code http://}
 * {@code BACKEND_URL}; BOG has no separate sandbox host to derive it from.
 */
@ApplicationScoped
public class BogConfig {

    /** The callback-signing key BOG publishes in its Payments API documentation. */
    static final String PUBLISHED_PUBLIC_KEY = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu4RUyAw3+CdkS3ZNILQhzHI9Hemo+vKB9U2BSabppkKjzjjkf"
            + "+0Sm76hSMiu/HFtYhqWOESryoCDJoqffY0Q1VNt25aTxbj068QNUtnxQ7KQVLA+pG0smf+EBWlS1vBEAFbIas9d8c9b9sSEkTrrTYQ90WIM8bGB"
            + "6S/KLVoT1a7SnzabjoLc5Qf/SLDG5fu8dH8zckyeYKdRKSBJKvhxtcBuHV4f7qsynQT+f2UYbESX/TLHwT5qFWZDHZ0YUOUIvb8n7JujVSGZO9/"
            + "+ll/g4ZIWhC1MlJgPObDwRkRd8NFOopgxMcMsDIZIoLbWKhHVq67hdbwpAq9K9WMmEhPnPwIDAQAB";

    /** How BOG must authenticate its calls to the hub; every listed method is required. */
    public enum CallbackAuth {
        SIGNATURE, BASIC, OAUTH, APIKEY, HMAC
    }

    @Inject
    @ConfigProperty(name = "BOG_CLIENT_ID")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "BOG_CLIENT_SECRET")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "BOG_OAUTH_URL", defaultValue = "https://oauth2.bog.ge/auth/realms/bog/protocol/openid-connect/token")
    String oauthUrl;

    @Inject
    @ConfigProperty(name = "BOG_API_BASE_URL", defaultValue = "https://api.bog.ge")
    String apiBaseUrl;

    @Inject
    @ConfigProperty(name = "BOG_PUBLIC_KEY")
    Optional<String> publicKey;

    @Inject
    @ConfigProperty(name = "BOG_CALLBACK_AUTH", defaultValue = "signature")
    String callbackAuth;

    @Inject
    @ConfigProperty(name = "BOG_CALLBACK_API_KEY")
    Optional<String> callbackApiKey;

    @Inject
    @ConfigProperty(name = "BOG_CALLBACK_HMAC_SECRET")
    Optional<String> callbackHmacSecret;

    @Inject
    @ConfigProperty(name = "BOG_TEST_MODE", defaultValue = "false")
    boolean testMode;

    /** Not in the contract: how long a call may take before its outcome counts as unknown. */
    @Inject
    @ConfigProperty(name = "BOG_TIMEOUT_MS", defaultValue = "20000")
    long timeoutMillis;

    /** Not in the contract: a cached token is renewed this long before BOG says it expires. */
    @Inject
    @ConfigProperty(name = "BOG_TOKEN_MARGIN_SECONDS", defaultValue = "60")
    long tokenMarginSeconds;

    /**
     * Not in the contract: the order's {@code ttl} in minutes (BOG allows 2–1440), when it should be shorter than the
     * payment's own time to live; by default the payment's.
     */
    @Inject
    @ConfigProperty(name = "BOG_ORDER_TTL_MINUTES")
    Optional<Integer> orderTtlMinutes;

    /**
     * Not in the contract: {@code ka} or {@code en}, sent as {@code Accept-Language} when the payment names no
     * locale (BOG's page speaks only these two: a payment in {@code ka} gets {@code ka}, any other {@code en}).
     */
    @Inject
    @ConfigProperty(name = "BOG_LANGUAGE", defaultValue = "ka")
    String language;

    @Inject
    @ConfigProperty(name = "BOG_CALLBACK_ALLOWED_IPS")
    Optional<String> callbackAllowedIps;

    /** The networks callbacks may come from (a CIDR comma list); unset: any. */
    public IpRanges callbackSources() {
        return IpRanges.parse("BOG_CALLBACK_ALLOWED_IPS", callbackAllowedIps);
    }

    public boolean isComplete() {
        return !clientId().isEmpty() && !clientSecret().isEmpty();
    }

    public String clientId() {
        return clientId.orElse("").trim();
    }

    public String clientSecret() {
        return clientSecret.orElse("");
    }

    /** {@code Basic base64(client_id:client_secret)}: for BOG's token endpoint, and the hub's Basic mode. */
    public String basicAuthorization() {
        String credentials = clientId() + ":" + clientSecret();
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    public String oauthUrl() {
        return oauthUrl;
    }

    public String apiBaseUrl() {
        return apiBaseUrl.endsWith("/") ? apiBaseUrl.substring(0, apiBaseUrl.length() - 1) : apiBaseUrl;
    }

    /** The configured key, or the one BOG publishes. */
    public String publicKey() {
        return publicKey.filter(key -> !key.isBlank()).orElse(PUBLISHED_PUBLIC_KEY);
    }

    public Set<CallbackAuth> callbackAuth() {
        return parseModes(callbackAuth);
    }

    public Optional<String> callbackApiKey() {
        return callbackApiKey.filter(key -> !key.isBlank());
    }

    public Optional<String> callbackHmacSecret() {
        return callbackHmacSecret.filter(key -> !key.isBlank());
    }

    public boolean testMode() {
        return testMode;
    }

    public Duration timeout() {
        return Duration.ofMillis(timeoutMillis);
    }

    public Duration tokenMargin() {
        return Duration.ofSeconds(tokenMarginSeconds);
    }

    /**
     * The order's {@code ttl}: the payment's time to live ({@code checkoutLifetime}), so that BOG stops taking the
     * payer's money when the hub gives the payment up, or {@code BOG_ORDER_TTL_MINUTES} when that is shorter;
     * within BOG's 2–1440 minutes.
     */
    public int orderTtlMinutes(Duration checkoutLifetime) {
        long minutes = Math.max(1, checkoutLifetime.toMinutes());
        if (orderTtlMinutes.isPresent()) {
            minutes = Math.min(minutes, orderTtlMinutes.get());
        }
        return (int) Math.max(2, Math.min(1440, minutes));
    }

    public String language() {
        return language;
    }

    /** The {@code Accept-Language} of a payment's order. */
    public String language(java.util.Optional<io.paymenthub.payment.PayerLocale> payer) {
        return payer.map(l -> l == io.paymenthub.payment.PayerLocale.KA ? "ka" : "en").orElse(language);
    }

    /** @throws IllegalStateException for a method that does not exist, or an empty list */
    static Set<CallbackAuth> parseModes(String text) {
        Set<CallbackAuth> modes = EnumSet.noneOf(CallbackAuth.class);
        for (String mode : text.split(",")) {
            String name = mode.trim().toUpperCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            try {
                modes.add(CallbackAuth.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("BOG_CALLBACK_AUTH: unknown method '" + mode.trim() + "'; use "
                        + Arrays.toString(CallbackAuth.values()).toLowerCase(Locale.ROOT));
            }
        }
        if (modes.isEmpty()) {
            throw new IllegalStateException("BOG_CALLBACK_AUTH names no method");
        }
        return modes;
    }
}
