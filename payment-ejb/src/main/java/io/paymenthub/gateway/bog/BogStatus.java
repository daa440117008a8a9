package io.paymenthub.gateway.bog;

import io.paymenthub.payment.PaymentStatus;
import java.util.Locale;

/**
 * BOG's {@code order_status.key} in the hub's statuses; {@code payment_detail.code} (100 paid, 200
 * pre-authorized, anything else a decline) decides when the key is missing or unknown.
 */
final class BogStatus {

    private BogStatus() {
    }

    /** Null when neither the key nor the code says anything the hub can act on. */
    static PaymentStatus of(String key, String code) {
        PaymentStatus byKey = key == null ? null : switch (key.toLowerCase(Locale.ROOT)) {
            case "created", "processing", "auth_requested" -> PaymentStatus.PENDING;
            case "blocked" -> PaymentStatus.AUTHORIZED;
            // money was taken; a refund in progress does not change that until BOG reports it done
            case "completed", "partial_completed", "refund_requested" -> PaymentStatus.SUCCESSFUL;
            case "rejected" -> PaymentStatus.DECLINED;
            case "refunded" -> PaymentStatus.REFUNDED;
            case "refunded_partially" -> PaymentStatus.PARTIALLY_REFUNDED;
            default -> null;
        };
        return byKey != null ? byKey : ofCode(code);
    }

    static PaymentStatus ofCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return switch (code.trim()) {
            case "100" -> PaymentStatus.SUCCESSFUL;
            case "200" -> PaymentStatus.AUTHORIZED;
            default -> PaymentStatus.DECLINED;
        };
    }
}
