package io.paymenthub.gateway.epayment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The {@code secret_hash} the hub gives epayment.kz with each invoice's token and expects back in its postLink:
 * HMAC-SHA256 of the invoice id under the client secret. Derived, not stored, so only the hub can issue it.
 */
final class SecretHash {

    private final Hmac hmac;

    SecretHash(String clientSecret) {
        this.hmac = new Hmac(clientSecret);
    }

    String of(String invoiceId) {
        return hmac.hex("epayment-invoice:" + invoiceId);
    }

    boolean matches(String invoiceId, String presented) {
        if (invoiceId == null || presented == null) {
            return false;
        }
        return MessageDigest.isEqual(of(invoiceId).getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }
}
