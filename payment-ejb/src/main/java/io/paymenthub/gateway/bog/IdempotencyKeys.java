package io.paymenthub.gateway.bog;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * BOG's {@code Idempotency-Key} must be a UUID v4. A random one would defeat its purpose (a retried creation
 * must repeat the key), so the key is derived from the payment id: the first 16 bytes of
 * SHA-256({@code "bog-order:" + paymentId}) with the version bits set to 4 and the variant to RFC 4122. It has
 * the form BOG checks, the same payment always gets the same key, and different payments different keys. Refunds,
 * approvals (captures) and cancels (voids) get keys derived the same way from the hub's operation: the refund's id,
 * the payment's id for its one capture and its one void — so that a retry of any of them is answered by BOG with its
 * first answer instead of being done twice.
 */
final class IdempotencyKeys {

    private IdempotencyKeys() {
    }

    static String forOrder(String paymentId) {
        return derived("bog-order:" + paymentId);
    }

    static String forRefund(String refundId) {
        return derived("bog-refund:" + refundId);
    }

    static String forApproval(String paymentId) {
        return derived("bog-approve:" + paymentId);
    }

    static String forCancel(String paymentId) {
        return derived("bog-cancel:" + paymentId);
    }

    private static String derived(String operation) {
        byte[] hash = sha256(operation);
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x40);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bytes.getLong(), bytes.getLong()).toString();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
