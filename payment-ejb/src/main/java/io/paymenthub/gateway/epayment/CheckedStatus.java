package io.paymenthub.gateway.epayment;

import io.paymenthub.gateway.spi.PaymentLookup;
import io.paymenthub.gateway.spi.StatusReport;
import io.paymenthub.payment.PaymentStatus;
import jakarta.json.JsonObject;
import java.math.BigDecimal;

/**
 * An answer of check-status: {@code {resultCode, resultMessage, transaction{id, invoiceID, amount, currency,
 * statusName, cardMask, reason, cardID, …}}}. {@code status} is null unless epayment.kz said for certain.
 */
record CheckedStatus(String invoiceId, StatusNames.ResultCode result, PaymentStatus status, String transactionId,
                     BigDecimal amount, String currency, String cardMask, String cardId, String detail) {

    static CheckedStatus unknown(String invoiceId, String detail) {
        return new CheckedStatus(invoiceId, StatusNames.ResultCode.RETRY_LATER, null, null, null, null, null, null,
                detail);
    }

    static CheckedStatus of(String invoiceId, JsonObject json) {
        String resultCode = Json.text(json, "resultCode");
        String message = Json.text(json, "resultMessage");
        StatusNames.ResultCode result = StatusNames.resultCode(resultCode);
        JsonObject transaction = json.get("transaction") instanceof JsonObject t ? t : null;
        String statusName = Json.text(transaction, "statusName");
        PaymentStatus status = switch (result) {
            case SUCCESS -> StatusNames.status(statusName);
            case REJECTED -> PaymentStatus.DECLINED;
            default -> null;
        };
        BigDecimal amount;
        try {
            amount = Json.decimal(transaction, "amount");
        } catch (NumberFormatException e) {
            amount = null;
        }
        String detail = "epayment check-status " + resultCode + (message == null ? "" : " " + message)
                + (statusName == null ? "" : " " + statusName);
        return new CheckedStatus(invoiceId, result, status, Json.text(transaction, "id"), amount,
                Json.text(transaction, "currency"), Json.text(transaction, "cardMask"),
                Json.text(transaction, "cardID", "cardId", "cardid"), detail);
    }

    boolean isKnown() {
        return status != null;
    }

    StatusReport report() {
        String last4 = PostLink.last4(cardMask);
        return new StatusReport(new PaymentLookup(null, null, invoiceId, null), status, null, transactionId,
                last4 == null ? null : new StatusReport.CardSummary(null, last4), detail);
    }

    /**
     * What check-status tells of a refund: {@code REFUND} covers a refund of everything captured; a partial
     * refund cannot be told apart from earlier ones there, so it stays "not known", as does any other answer.
     */
    io.paymenthub.gateway.spi.OperationResult refundOutcome(io.paymenthub.money.Money refund,
                                                            io.paymenthub.money.Money captured) {
        if (status == PaymentStatus.REFUNDED && captured != null && refund.equals(captured)) {
            return io.paymenthub.gateway.spi.OperationResult.processed(transactionId);
        }
        return io.paymenthub.gateway.spi.OperationResult.unknown(detail
                + (status == PaymentStatus.REFUNDED ? " (a partial refund is not told apart)" : ""));
    }
}
