package io.paymenthub.gateway.epayment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code secret_hash} the hub gives epayment.kz with each invoice's token and expects back in its postLink:
 * HMAC-SHA256 of the invoice id under the client secret. Derived, not stored, so only the hub can issue it.
 */
final class SecretHash {

    private final byte[] key;

    SecretHash(String clientSecret) {
        this.key = clientSecret.getBytes(StandardCharsets.UTF_8);
    }

    String of(String invoiceId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(("epayment-invoice:" + invoiceId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    boolean matches(String invoiceId, String presented) {
        if (invoiceId == null || presented == null) {
            return false;
        }
        return MessageDigest.isEqual(of(invoiceId).getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }
}
