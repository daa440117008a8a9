package io.paymenthub.web.receipt;

import static io.paymenthub.web.pay.Html.escape;

import io.paymenthub.money.Money;
import io.paymenthub.web.pay.Html;
import io.paymenthub.web.pay.PageScripts;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The printable receipt: one page, everything escaped. */
final class ReceiptPage {

    private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ReceiptPage() {
    }

    static String of(ReceiptJson r) {
        StringBuilder body = new StringBuilder()
                .append("<h1>Receipt ").append(escape(r.number())).append("</h1>")
                .append("<p class=\"amount\">").append(escape(amount(r.amount(), r.currency()))).append("</p>")
                .append("<p class=\"description\">").append(escape(r.description())).append("</p><dl>");
        row(body, "Date", ISSUED.format(r.issuedAt()));
        row(body, "Payment", r.paymentId());
        row(body, "Reference", r.reference());
        row(body, "Customer", r.customerId());
        if (r.cardLast4() != null) {
            row(body, "Card", (r.cardBrand() == null ? "" : r.cardBrand() + " ") + "•••• " + r.cardLast4());
        }
        if (r.refundedAmount() > 0) {
            row(body, "Refunded", amount(r.refundedAmount(), r.currency()));
        }
        body.append("</dl><p class=\"note\"><button id=\"print\" type=\"button\">Print</button></p>")
                .append(PageScripts.element(PageScripts.PRINT));
        return Html.page("Receipt " + r.number(), body.toString());
    }

    private static void row(StringBuilder body, String label, String value) {
        if (value != null) {
            body.append("<dt>").append(escape(label)).append("</dt><dd>").append(escape(value)).append("</dd>");
        }
    }

    private static String amount(long minor, String currency) {
        return Money.of(minor, currency).toMajorUnits().toPlainString() + " " + currency;
    }
}
