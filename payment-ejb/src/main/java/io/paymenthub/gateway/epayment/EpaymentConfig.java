package io.paymenthub.gateway.epayment;

import io.paymenthub.network.IpRanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code EPAYMENT_*} keys (README, configuration). Enabled with client id, client secret and terminal.
 * {@code EPAYMENT_ENV} ({@code test}, the default, or {@code prod}) picks the default URLs; each is overridable.
 */
@ApplicationScoped
public class EpaymentConfig {

    static final String SCOPE = "webapi usermanagement email_send verification statement statistics payment";

    @Inject
    @ConfigProperty(name = "EPAYMENT_ENV", defaultValue = "test")
    String env;

    @Inject
    @ConfigProperty(name = "EPAYMENT_CLIENT_ID")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "EPAYMENT_CLIENT_SECRET")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "EPAYMENT_TERMINAL")
    Optional<String> terminal;

    @Inject
    @ConfigProperty(name = "EPAYMENT_OAUTH_URL")
    Optional<String> oauthUrl;

    @Inject
    @ConfigProperty(name = "EPAYMENT_API_BASE_URL")
    Optional<String> apiBaseUrl;

    @Inject
    @ConfigProperty(name = "EPAYMENT_WIDGET_URL")
    Optional<String> widgetUrl;

    /** Not in the contract: how long a call may take before its outcome counts as unknown. */
    @Inject
    @ConfigProperty(name = "EPAYMENT_TIMEOUT_MS", defaultValue = "20000")
    long timeoutMillis;

    @Inject
    @ConfigProperty(name = "EPAYMENT_CALLBACK_ALLOWED_IPS")
    Optional<String> callbackAllowedIps;

    /** The networks callbacks may come from (a CIDR comma list); unset: any. */
    public IpRanges callbackSources() {
        return IpRanges.parse("EPAYMENT_CALLBACK_ALLOWED_IPS", callbackAllowedIps);
    }

    public boolean isComplete() {
        return present(clientId) && present(clientSecret) && present(terminal);
    }

    public boolean testMode() {
        String value = env.trim().toLowerCase(Locale.ROOT);
        if (!value.equals("test") && !value.equals("prod")) {
            throw new IllegalStateException("EPAYMENT_ENV must be test or prod");
        }
        return value.equals("test");
    }

    public String clientId() {
        return clientId.orElseThrow().trim();
    }

    public String clientSecret() {
        return clientSecret.orElseThrow();
    }

    /** The secret_hash of each invoice, keyed by the client secret. */
    SecretHash secretHash() {
        return new SecretHash(clientSecret());
    }

    /** The accountId of each app's customer, keyed by the client secret. */
    AccountIds accountIds() {
        return new AccountIds(clientSecret());
    }

    public String terminal() {
        return terminal.orElseThrow().trim();
    }

    public String oauthUrl() {
        return or(oauthUrl, testMode() ? "https://test-epay-oauth.epayment.kz/oauth2/token"
                : "https://epay-oauth.homebank.kz/oauth2/token");
    }

    public String apiBaseUrl() {
        String url = or(apiBaseUrl, testMode() ? "https://test-epay-api.epayment.kz" : "https://epay-api.homebank.kz");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String widgetUrl() {
        return or(widgetUrl, testMode() ? "https://test-epay.epayment.kz/payform/payment-api.js"
                : "https://epay.homebank.kz/payform/payment-api.js");
    }

    public Duration timeout() {
        return Duration.ofMillis(timeoutMillis);
    }

    private static String or(Optional<String> value, String fallback) {
        return value.filter(v -> !v.isBlank()).map(String::trim).orElse(fallback);
    }

    private static boolean present(Optional<String> value) {
        return value.filter(v -> !v.isBlank()).isPresent();
    }
}
