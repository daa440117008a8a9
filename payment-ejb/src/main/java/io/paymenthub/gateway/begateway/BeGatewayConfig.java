package io.paymenthub.gateway.begateway;

import io.paymenthub.network.IpRanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code SECURE_PROCESSOR_*} keys (README, configuration). The gateway is enabled when the shop id and secret
 * key are set; the base URLs are origins to which BeGateway's documented paths are appended.
 */
@ApplicationScoped
public class BeGatewayConfig {

    @Inject
    @ConfigProperty(name = "SECURE_PROCESSOR_SHOP_ID")
    Optional<String> shopId;

    @Inject
    @ConfigProperty(name = "SECURE_PROCESSOR_SECRET_KEY")
    Optional<String> secretKey;

    @Inject
    @ConfigProperty(name = "SECURE_PROCESSOR_PUBLIC_KEY")
    Optional<String> publicKey;

    /** A sandbox shop, said so: only then is a webhook without its signature tolerated. */
    @Inject
    @ConfigProperty(name = "SECURE_PROCESSOR_TEST_MODE", defaultValue = "false")
    boolean testMode;

    @Inject
    @ConfigProperty(name = "SECURE_PROCESSOR_API_BASE_URL", defaultValue = "https://checkout.begateway.com")
    String apiBaseUrl;

    @Inject
    @ConfigProperty(name = "SECURE_PROCESSOR_GATEWAY_BASE_URL", defaultValue = "https://demo-gateway.begateway.com")
    String gatewayBaseUrl;

    @Inject
    @ConfigProperty(name = "SECURE_PROCESSOR_CHECKOUT_TOKEN_PATH")
    Optional<String> checkoutTokenPath;

    @Inject
    @ConfigProperty(name = "SECURE_PROCESSOR_WIDGET_SRC", defaultValue = "https://js.begateway.com/widget/be_gateway.js")
    String widgetSrc;

    /** Not in the contract: how long a call may take before its outcome counts as unknown. */
    @Inject
    @ConfigProperty(name = "SECURE_PROCESSOR_TIMEOUT_MS", defaultValue = "20000")
    long timeoutMillis;

    @Inject
    @ConfigProperty(name = "SECURE_PROCESSOR_CALLBACK_ALLOWED_IPS")
    Optional<String> callbackAllowedIps;

    /** The networks callbacks may come from (a CIDR comma list); unset: any. */
    public IpRanges callbackSources() {
        return IpRanges.parse("SECURE_PROCESSOR_CALLBACK_ALLOWED_IPS", callbackAllowedIps);
    }

    public boolean isComplete() {
        return present(shopId) && present(secretKey);
    }

    public boolean testMode() {
        return testMode;
    }

    public String shopId() {
        return shopId.orElse("");
    }

    /** {@code Basic base64(shop_id:secret_key)}: how every call authenticates, and how webhooks must. */
    public String basicAuthorization() {
        String credentials = shopId.orElse("") + ":" + secretKey.orElse("");
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    public Optional<String> publicKey() {
        return publicKey.filter(key -> !key.isBlank());
    }

    public String apiBaseUrl() {
        return origin(apiBaseUrl);
    }

    public String gatewayBaseUrl() {
        return origin(gatewayBaseUrl);
    }

    public Optional<String> checkoutTokenPath() {
        return checkoutTokenPath.filter(path -> !path.isBlank());
    }

    public String widgetSrc() {
        return widgetSrc;
    }

    public Duration timeout() {
        return Duration.ofMillis(timeoutMillis);
    }

    private static boolean present(Optional<String> value) {
        return value.filter(v -> !v.isBlank()).isPresent();
    }

    private static String origin(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
