package io.paymenthub.gateway.epayment;

import io.paymenthub.gateway.spi.CallbackParseException;
import io.paymenthub.gateway.spi.PaymentLookup;
import io.paymenthub.gateway.spi.StatusReport;
import io.paymenthub.money.Money;
import io.paymenthub.payment.PaymentStatus;
import java.util.function.Function;

/**
 * A verified postLink in the hub's terms. {@code code: "ok"} becomes the status check-status confirms (never
 * more): when check-status cannot tell, or tells of another amount or currency (or of a payment without one), the
 * status stays unknown for the reconciliation job. {@code code: "error"} is FAILED or DECLINED by its reason, unless
 * check-status knows of an authorization or charge on the invoice (the payer retried and paid): that is reported
 * with check-status's own amount, which the hub compares with the payment's, and when it disagrees with the
 * postLink's nothing is reported.
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
        boolean confirmed = checked.isKnown() && checked.agreesWith(amount);
        PaymentStatus status;
        Money reported = amount;
        String detail;
        if (link.isOk()) {
            status = confirmed ? checked.status() : null;
            detail = "postLink ok; " + (confirmed ? checked.detail() : "not confirmed: " + checked.detail());
        } else {
            String reason = "postLink " + link.code() + ": " + link.reason() + " (" + link.reasonCode() + ")";
            if (checked.isPaid()) {
                status = confirmed ? checked.status() : null;
                reported = confirmed ? checked.money() : amount;
                detail = reason + "; " + (confirmed ? "" : "not applied: another amount at ") + checked.detail();
            } else {
                status = StatusNames.failure(link.reasonCode(), link.reason());
                detail = reason;
            }
        }
        String uid = link.transactionId() != null ? link.transactionId() : checked.transactionId();
        String last4 = PostLink.last4(link.cardMask() != null ? link.cardMask() : checked.cardMask());
        return new StatusReport(new PaymentLookup(null, null, link.invoiceId(), null), status, reported, uid,
                last4 == null ? null : new StatusReport.CardSummary(null, last4), detail);
    }
}
