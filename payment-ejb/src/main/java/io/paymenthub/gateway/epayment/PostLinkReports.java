package io.paymenthub.gateway.epayment;

import io.paymenthub.gateway.spi.CallbackParseException;
import io.paymenthub.gateway.spi.PaymentLookup;
import io.paymenthub.gateway.spi.StatusReport;
import io.paymenthub.money.Money;
import io.paymenthub.payment.PaymentStatus;
import java.util.function.Function;

/**
 * A verified postLink in the hub's terms. {@code code: "ok"} becomes the status check-status confirms (never
 * more): when check-status cannot tell, or tells of another amount, the status stays unknown for the
 * reconciliation job. {@code code: "error"} is FAILED or DECLINED by its reason, unless check-status already
 * knows of an authorization or charge on the invoice (the payer retried and paid).
 */
final class PostLinkReports {

    private PostLinkReports() {
    }

    static StatusReport of(PostLink link, Function<String, CheckedStatus> checkStatus) {
        Money amount = link.money();
        if (link.isOk() && amount == null) {
            throw new CallbackParseException("A successful postLink without amount and currency");
        }
        CheckedStatus checked = checkStatus.apply(link.invoiceId());
        boolean confirmed = checked.isKnown() && sameAmount(checked, amount);
        PaymentStatus status;
        String detail;
        if (link.isOk()) {
            status = confirmed ? checked.status() : null;
            detail = "postLink ok; " + (confirmed ? checked.detail() : "not confirmed: " + checked.detail());
        } else {
            boolean paid = confirmed && (checked.status() == PaymentStatus.AUTHORIZED
                    || checked.status() == PaymentStatus.SUCCESSFUL);
            status = paid ? checked.status() : StatusNames.failure(link.reasonCode(), link.reason());
            detail = "postLink " + link.code() + ": " + link.reason() + " (" + link.reasonCode() + ")"
                    + (paid ? "; " + checked.detail() : "");
        }
        String uid = link.transactionId() != null ? link.transactionId() : checked.transactionId();
        String last4 = PostLink.last4(link.cardMask() != null ? link.cardMask() : checked.cardMask());
        return new StatusReport(new PaymentLookup(null, null, link.invoiceId(), null), status, amount, uid,
                last4 == null ? null : new StatusReport.CardSummary(null, last4), detail);
    }

    private static boolean sameAmount(CheckedStatus checked, Money amount) {
        if (checked.amount() == null || amount == null) {
            return true;
        }
        try {
            return Amounts.money(checked.amount(), checked.currency() == null ? amount.currency() : checked.currency())
                    .equals(amount);
        } catch (IllegalArgumentException | ArithmeticException e) {
            return false;
        }
    }
}
