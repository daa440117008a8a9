package io.paymenthub.gateway.epayment;

import io.paymenthub.gateway.spi.PaymentLookup;
import io.paymenthub.gateway.spi.StatusReport;
import io.paymenthub.money.Money;
import io.paymenthub.payment.PaymentStatus;
import jakarta.json.JsonObject;
import java.math.BigDecimal;

/**
 * An answer of check-status: {@code {resultCode, resultMessage, transaction{id, invoiceID, amount, currency,
 * statusName, cardMask, reason, cardID, …}}}. {@code status} is null unless epayment.kz said for certain; an
 * authorization or a charge counts only with its amount and currency (see {@link #report}).
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

    /** An authorization or a charge: what may be believed only at the payment's amount and currency. */
    boolean isPaid() {
        return status == PaymentStatus.AUTHORIZED || status == PaymentStatus.SUCCESSFUL;
    }

    /** The transaction's amount and currency; null when either is missing or unreadable. */
    Money money() {
        try {
            return Amounts.moneyIfStated(amount, currency);
        } catch (IllegalArgumentException | ArithmeticException e) {
            return null;
        }
    }

    /**
     * Whether this answer may confirm a postLink of {@code notified} (null when the postLink names none): a payment
     * only at the same amount and currency, which check-status must state; anything else unless it states another.
     */
    boolean agreesWith(Money notified) {
        Money checked = money();
        if (isPaid()) {
            return checked != null && (notified == null || checked.equals(notified));
        }
        return checked == null || notified == null || checked.equals(notified);
    }

    /**
     * The status in the hub's terms. A payment carries check-status's amount, which the hub compares with the
     * payment's; one without an amount and currency is not believed (unknown), whatever its status name.
     */
    StatusReport report() {
        PaymentLookup lookup = new PaymentLookup(null, null, invoiceId, null);
        Money paid = isPaid() ? money() : null;
        if (isPaid() && paid == null) {
            return StatusReport.unknown(lookup, detail + " without an amount and currency");
        }
        String last4 = PostLink.last4(cardMask);
        return new StatusReport(lookup, status, paid, transactionId,
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
