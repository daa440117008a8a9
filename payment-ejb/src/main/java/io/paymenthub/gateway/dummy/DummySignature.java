package io.paymenthub.gateway.dummy;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import io.paymenthub.sharedkey.SharedKeys;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * HMAC-SHA256 over the dummy gateway's callback body, keyed by {@code PAYMENT_DUMMY_SECRET} or, without it, a
 * random key the hub made and keeps in its database ({@link SharedKeys}) — so a dummy callback, too, is refused
 * unless the hub's own page made it, and a page one node of a cluster served can be submitted to any other.
 */
@ApplicationScoped
public class DummySignature {

    public static final String HEADER = "X-Dummy-Signature";

    @Inject
    @ConfigProperty(name = "PAYMENT_DUMMY_SECRET")
    Optional<String> configuredSecret;

    @Inject
    SharedKeys sharedKeys;

    private SecretKeySpec key;

    @PostConstruct
    void init() {
        byte[] secret = configuredSecret.filter(s -> !s.isBlank()).map(s -> s.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> sharedKeys.key("dummy-callback"));
        key = new SecretKeySpec(secret, "HmacSHA256");
    }

    public String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean verify(byte[] body, String signature) {
        return signature != null && MessageDigest.isEqual(
                sign(body).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    }
}
