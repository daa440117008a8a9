package io.paymenthub.merchant;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The API keys of {@code PAYMENT_API_KEYS} ({@code appId:key,appId:key}); without it, {@code demo:sk_test_demo}.
 * Keys are kept only as SHA-256 digests and compared in constant time.
 */
@ApplicationScoped
public class ApiKeys {

    private static final Logger LOG = Logger.getLogger(ApiKeys.class);
    public static final String DEMO_KEY = "sk_test_demo";
    static final String DEMO = "demo:" + DEMO_KEY;
    private static final java.util.regex.Pattern APP_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Inject
    @ConfigProperty(name = "PAYMENT_API_KEYS")
    Optional<String> configured;

    private List<AppKey> keys = List.of();

    @PostConstruct
    void load() {
        keys = parse(configured.filter(value -> !value.isBlank()).orElse(DEMO));
    }

    static List<AppKey> parse(String spec) {
        List<AppKey> parsed = new ArrayList<>();
        for (String pair : spec.split(",")) {
            String trimmed = pair.trim();
            int colon = trimmed.indexOf(':');
            if (colon <= 0 || colon == trimmed.length() - 1) {
                throw new IllegalStateException("PAYMENT_API_KEYS must be a comma list of appId:key pairs");
            }
            if (!APP_ID.matcher(trimmed.substring(0, colon)).matches()) {
                throw new IllegalStateException("PAYMENT_API_KEYS: an app id is 1 to 64 letters, digits, '.', '_' or '-'");
            }
            parsed.add(new AppKey(trimmed.substring(0, colon), digest(trimmed.substring(colon + 1))));
        }
        return List.copyOf(parsed);
    }

    /** The app a presented key belongs to; every configured key is compared, so timing tells nothing. */
    public Optional<String> appFor(String presentedKey) {
        if (presentedKey == null || presentedKey.isEmpty()) {
            return Optional.empty();
        }
        byte[] presented = digest(presentedKey);
        String match = null;
        for (AppKey key : keys) {
            if (MessageDigest.isEqual(key.digest(), presented)) {
                match = key.appId();
            }
        }
        return Optional.ofNullable(match);
    }

    /** True when the demo key (the default's, or one configured with the same value) is accepted. */
    public boolean acceptsDemoKey() {
        return appFor(DEMO_KEY).isPresent();
    }

    public void warnIfDefault() {
        if (configured.filter(value -> !value.isBlank()).isEmpty()) {
            LOG.warn("PAYMENT_API_KEYS is not set: the demo key of app 'demo' is accepted. Set it before going live.");
        }
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record AppKey(String appId, byte[] digest) {
    }
}
