package io.paymenthub.gateway.begateway;

import io.paymenthub.gateway.spi.CallbackRejectedException;
import io.paymenthub.gateway.spi.CallbackRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Checks a BeGateway webhook: HTTP Basic {@code shop_id:secret_key} <b>and</b> the {@code Content-Signature}.
 * In test mode a missing signature (or a missing public key) is tolerated and logged, as seed 000 does; a
 * signature that is present but wrong is never accepted.
 */
@ApplicationScoped
public class WebhookAuthentication {

    static final String SIGNATURE_HEADER = "Content-Signature";
    private static final Logger SECURITY = Logger.getLogger("io.paymenthub.security");

    @Inject
    BeGatewayConfig config;

    private volatile Optional<WebhookSignature> signature;

    /** The shop's public key, parsed on first use and kept; a malformed key fails loudly. */
    Optional<WebhookSignature> signature() {
        Optional<WebhookSignature> parsed = signature;
        if (parsed == null) {
            try {
                parsed = config.publicKey().map(WebhookSignature::of);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("SECURE_PROCESSOR_PUBLIC_KEY: " + e.getMessage(), e);
            }
            signature = parsed;
        }
        return parsed;
    }

    public void verify(CallbackRequest callback) {
        if (!constantTimeEquals(config.basicAuthorization(), callback.header("Authorization"))) {
            throw new CallbackRejectedException("wrong or missing Basic authorization");
        }
        String signed = callback.header(SIGNATURE_HEADER);
        Optional<WebhookSignature> key = signature();
        if (signed == null || signed.isBlank() || key.isEmpty()) {
            if (!config.testMode()) {
                throw new CallbackRejectedException(key.isEmpty() ? "no SECURE_PROCESSOR_PUBLIC_KEY to verify with"
                        : "missing " + SIGNATURE_HEADER);
            }
            SECURITY.warnf("BeGateway webhook accepted without a verified %s (test mode)", SIGNATURE_HEADER);
            if (signed == null || signed.isBlank()) {
                return;
            }
        }
        if (key.isPresent() && !key.get().verify(callback.body(), signed)) {
            throw new CallbackRejectedException("wrong " + SIGNATURE_HEADER);
        }
    }

    static boolean constantTimeEquals(String expected, String actual) {
        return actual != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                actual.getBytes(StandardCharsets.UTF_8));
    }
}
