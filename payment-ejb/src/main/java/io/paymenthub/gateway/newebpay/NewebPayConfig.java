package io.paymenthub.gateway.newebpay;

import jakarta.annotation.PostConstruct;
import io.paymenthub.network.IpRanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code NEWEBPAY_*} keys (README, configuration). The gateway is enabled when merchant id, HashKey and HashIV
 * are all set; keys of the wrong length stop the deployment with a message that names the key, never its value.
 * {@code NEWEBPAY_TESTING} (default true) picks NewebPay's test site; {@code NEWEBPAY_GATEWAY_URL} overrides the
 * origin to which {@code /MPG/mpg_gateway}, {@code /API/QueryTradeInfo} and {@code /API/CreditCard/*} are appended;
 * {@code NEWEBPAY_CAPTURE} (automatic or manual) says how the store captures.
 */
@ApplicationScoped
public class NewebPayConfig {

    static final String TEST_ORIGIN = "https://ccore.newebpay.com";
    static final String LIVE_ORIGIN = "https://core.newebpay.com";

    @Inject
    @ConfigProperty(name = "NEWEBPAY_MERCHANT_ID")
    Optional<String> merchantId;

    @Inject
    @ConfigProperty(name = "NEWEBPAY_HASH_KEY")
    Optional<String> hashKey;

    @Inject
    @ConfigProperty(name = "NEWEBPAY_HASH_IV")
    Optional<String> hashIv;

    @Inject
    @ConfigProperty(name = "NEWEBPAY_TESTING", defaultValue = "true")
    boolean testing;

    @Inject
    @ConfigProperty(name = "NEWEBPAY_GATEWAY_URL")
    Optional<String> gatewayUrl;

    @Inject
    @ConfigProperty(name = "NEWEBPAY_CAPTURE", defaultValue = "automatic")
    String capture;

    private NewebPayCrypto crypto;

    @PostConstruct
    void init() {
        String mode = capture.trim();
        if (!"automatic".equals(mode) && !"manual".equals(mode)) {
            throw new IllegalStateException("NEWEBPAY_CAPTURE must be automatic or manual, not " + mode);
        }
        if (isComplete()) {
            try {
                crypto = new NewebPayCrypto(hashKey.get(), hashIv.get());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("NewebPay is misconfigured: " + e.getMessage());
            }
        }
    }

    @Inject
    @ConfigProperty(name = "NEWEBPAY_CALLBACK_ALLOWED_IPS")
    Optional<String> callbackAllowedIps;

    /** The networks callbacks may come from (a CIDR comma list); unset: any. */
    public IpRanges callbackSources() {
        return IpRanges.parse("NEWEBPAY_CALLBACK_ALLOWED_IPS", callbackAllowedIps);
    }

    public boolean isComplete() {
        return set(merchantId) && set(hashKey) && set(hashIv);
    }

    public String merchantId() {
        return merchantId.orElseThrow().trim();
    }

    public boolean testing() {
        return testing;
    }

    /**
     * True when the NewebPay store captures only when asked ({@code NEWEBPAY_CAPTURE=manual}): MPG has no per-trade
     * choice, the store's setting decides, so a paid trade is an authorization the hub captures with the credit-card
     * close API. Otherwise NewebPay captures every authorization itself.
     */
    public boolean capturesOnRequest() {
        return "manual".equals(capture.trim());
    }

    public NewebPayCrypto crypto() {
        return crypto;
    }

    /** Where the payer's browser posts the checkout form. */
    public String mpgUrl() {
        return origin() + "/MPG/mpg_gateway";
    }

    public String queryUrl() {
        return origin() + "/API/QueryTradeInfo";
    }

    /** Request capture (CloseType 1) and refund (CloseType 2) of a credit-card trade. */
    public String closeUrl() {
        return origin() + "/API/CreditCard/Close";
    }

    /** Cancel an authorization not yet captured. */
    public String cancelUrl() {
        return origin() + "/API/CreditCard/Cancel";
    }

    private String origin() {
        String origin = gatewayUrl.filter(url -> !url.isBlank()).map(String::trim)
                .orElse(testing ? TEST_ORIGIN : LIVE_ORIGIN);
        return origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
    }

    private static boolean set(Optional<String> value) {
        return value.filter(v -> !v.isBlank()).isPresent();
    }
}
