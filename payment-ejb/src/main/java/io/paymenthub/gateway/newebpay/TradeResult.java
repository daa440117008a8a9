package io.paymenthub.gateway.newebpay;

import io.paymenthub.gateway.spi.PaymentLookup;
import io.paymenthub.gateway.spi.StatusReport;
import io.paymenthub.money.Money;
import io.paymenthub.payment.PaymentStatus;

/**
 * A trade as NewebPay describes it in a notification or a query answer: {@code Status} and {@code Message} of
 * the message, and the fields of its {@code Result}. Values stay as NewebPay wrote them; null when absent.
 */
record TradeResult(String status, String message, String merchantId, String amt, String tradeNo,
                   String merchantOrderNo, String respondCode, String paymentType, String card4No,
                   String tradeStatus, String checkCode, String closeStatus, String backStatus,
                   String backBalance) {

    static final String SUCCESS = "SUCCESS";

    boolean isSuccess() {
        return SUCCESS.equals(status);
    }

    /**
     * True when NewebPay wrote this: its answers carry a {@code Status}; the MPG request the hub encrypts for a
     * checkout (the same key, the same TradeSha) never does, and none of its values can forge one, URL-encoded.
     */
    boolean isAnswer() {
        return status != null && !status.isBlank();
    }

    /** @throws IllegalArgumentException when Amt is missing or not a whole number */
    Money amount() {
        if (amt == null) {
            throw new IllegalArgumentException("the result has no Amt");
        }
        return TwdAmount.fromAmt(amt);
    }

    /**
     * True when a query answer shows the trade refunded to the last dollar: {@code BackStatus} 1 to 3 (waiting,
     * in progress, done) and {@code BackBalance}, what is left to refund, 0.
     */
    boolean isRefundedInFull() {
        return backStatus != null && backStatus.matches("[123]") && backBalance != null && backBalance.strip().equals("0");
    }

    PaymentLookup lookup() {
        return new PaymentLookup(null, null, merchantOrderNo, null);
    }

    /**
     * What a NotifyURL message says: {@code Status=SUCCESS} is a paid trade (an authorization, in a store that
     * captures on request); any other status is a failure,
     * a decline when the card's bank answered with a {@code RespondCode} other than {@code 00}. The message is
     * kept in the detail.
     */
    StatusReport notification(boolean capturesOnRequest) {
        PaymentStatus paid = capturesOnRequest ? PaymentStatus.AUTHORIZED : PaymentStatus.SUCCESSFUL;
        PaymentStatus outcome = isSuccess() ? paid
                : respondCode != null && !respondCode.isBlank() && !"00".equals(respondCode) ? PaymentStatus.DECLINED
                : PaymentStatus.FAILED;
        Money amount = isSuccess() || amt != null ? amount() : null;
        return new StatusReport(lookup(), outcome, amount, tradeNo, card(), detail("notify"));
    }

    /**
     * What a QueryTradeInfo answer says, by {@code TradeStatus}: 0 unpaid, 1 paid, 2 failed, 3 cancelled
     * (6, refunded, and anything else: not known here). In a store that captures on request a paid trade is only
     * authorized until its {@code CloseStatus} (0 not captured, 1 waiting, 2 in progress, 3 done) shows the capture
     * asked for.
     */
    StatusReport queried(boolean capturesOnRequest) {
        boolean authorizedOnly = capturesOnRequest && (closeStatus == null || "0".equals(closeStatus));
        PaymentStatus outcome = switch (tradeStatus == null ? "" : tradeStatus) {
            case "0" -> PaymentStatus.PENDING;
            case "1" -> authorizedOnly ? PaymentStatus.AUTHORIZED : PaymentStatus.SUCCESSFUL;
            case "2" -> PaymentStatus.FAILED;
            case "3" -> PaymentStatus.CANCELLED;
            default -> null;
        };
        String detail = detail("query") + " TradeStatus=" + tradeStatus
                + (closeStatus == null ? "" : " CloseStatus=" + closeStatus);
        if (outcome == null) {
            return StatusReport.unknown(lookup(), detail);
        }
        return new StatusReport(lookup(), outcome, amount(), tradeNo, card(), detail);
    }

    private StatusReport.CardSummary card() {
        return card4No == null || card4No.isBlank() ? null : new StatusReport.CardSummary(null, card4No);
    }

    private String detail(String source) {
        return "newebpay " + source + ": " + status + (message == null ? "" : " " + message)
                + (paymentType == null ? "" : " (" + paymentType + ")");
    }
}
