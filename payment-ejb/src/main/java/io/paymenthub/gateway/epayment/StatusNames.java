package io.paymenthub.gateway.epayment;

import io.paymenthub.payment.PaymentStatus;
import java.util.Locale;

/** check-status {@code resultCode} and {@code statusName}, in the hub's terms. */
final class StatusNames {

    /** What a {@code resultCode} means for the question "what became of this invoice?". */
    enum ResultCode {
        /** 100: the transaction is described; read its statusName. */
        SUCCESS,
        /** 101: the payment was rejected. */
        REJECTED,
        /** 102: epayment.kz knows no such invoice (not paid yet). */
        NOT_FOUND,
        /** 103, 107 and anything unknown: ask again later. */
        RETRY_LATER,
        /** 104, 106, 109: the hub's credentials or terminal are wrong; nothing will work until they are fixed. */
        CONFIGURATION_ERROR
    }

    private StatusNames() {
    }

    static ResultCode resultCode(String code) {
        return switch (code == null ? "" : code.trim()) {
            case "100" -> ResultCode.SUCCESS;
            case "101" -> ResultCode.REJECTED;
            case "102" -> ResultCode.NOT_FOUND;
            case "104", "106", "109" -> ResultCode.CONFIGURATION_ERROR;
            default -> ResultCode.RETRY_LATER;
        };
    }

    /** The payment status a statusName stands for; null when it is not one epayment.kz documents. */
    static PaymentStatus status(String statusName) {
        if (statusName == null) {
            return null;
        }
        return switch (statusName.trim().toUpperCase(Locale.ROOT)) {
            case "NEW", "3D" -> PaymentStatus.PENDING;
            case "AUTH" -> PaymentStatus.AUTHORIZED;
            case "CHARGE" -> PaymentStatus.SUCCESSFUL;
            case "CANCEL", "CANCEL_OLD" -> PaymentStatus.CANCELLED;
            case "REFUND" -> PaymentStatus.REFUNDED;
            case "FAILED" -> PaymentStatus.FAILED;
            case "REJECT" -> PaymentStatus.DECLINED;
            default -> null;
        };
    }

    /**
     * A postLink with {@code code: "error"}: declined when the issuer refused the card (ISO 8583 reason codes
     * of a refusal, or a reason that says so), failed otherwise.
     */
    static PaymentStatus failure(String reasonCode, String reason) {
        String code = reasonCode == null ? "" : reasonCode.trim();
        if (java.util.Set.of("05", "51", "54", "57", "61", "62", "65", "14", "41", "43", "04", "07").contains(code)) {
            return PaymentStatus.DECLINED;
        }
        String text = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        return text.contains("declin") || text.contains("insufficient") || text.contains("reject")
                ? PaymentStatus.DECLINED : PaymentStatus.FAILED;
    }
}
