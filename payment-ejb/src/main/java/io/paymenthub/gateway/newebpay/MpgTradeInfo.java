package io.paymenthub.gateway.newebpay;

import io.paymenthub.gateway.spi.PaymentSnapshot;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The parameters encrypted into an MPG checkout's {@code TradeInfo} (MPG version 2.0). {@code MerchantOrderNo}
 * is the hub's payment id ({@code pay_} and 24 hex digits): unique, within NewebPay's 30 letters, digits and
 * {@code _}, and stored as the payment's gateway reference so that notifications find their payment.
 */
final class MpgTradeInfo {

    static final String VERSION = "2.0";
    private static final Pattern ORDER_NO = Pattern.compile("[A-Za-z0-9_]{1,30}");
    private static final int ITEM_DESC_MAX = 50;

    private MpgTradeInfo() {
    }

    /** The hub's payment id as a {@code MerchantOrderNo}. */
    static String merchantOrderNo(String paymentId) {
        if (!ORDER_NO.matcher(paymentId).matches()) {
            throw new IllegalStateException("Payment id " + paymentId + " is not a valid NewebPay MerchantOrderNo");
        }
        return paymentId;
    }

    /** The payer comes back to {@code returnUrl} (form POST) or, abandoning, to {@code clientBackUrl}. */
    static Map<String, String> of(PaymentSnapshot payment, String merchantId, long timestamp, String returnUrl,
                                  String notifyUrl, String clientBackUrl) {
        Map<String, String> info = new LinkedHashMap<>();
        info.put("MerchantID", merchantId);
        info.put("RespondType", "JSON");
        info.put("TimeStamp", Long.toString(timestamp));
        info.put("Version", VERSION);
        info.put("MerchantOrderNo", merchantOrderNo(payment.id()));
        info.put("Amt", Long.toString(TwdAmount.toAmt(payment.amount())));
        info.put("ItemDesc", itemDesc(payment));
        info.put("Email", payment.customerEmail());
        info.put("ReturnURL", returnUrl);
        info.put("NotifyURL", notifyUrl);
        info.put("ClientBackURL", clientBackUrl);
        // NewebPay's page speaks zh-tw (its default), en and jp.
        payment.payerLocale().ifPresent(locale -> info.put("LangType",
                locale == io.paymenthub.payment.PayerLocale.ZH_TW ? "zh-tw" : "en"));
        return info;
    }

    /** NewebPay takes at most 50 characters of description. */
    private static String itemDesc(PaymentSnapshot payment) {
        String text = payment.description() == null || payment.description().isBlank()
                ? "Payment " + payment.id() : payment.description().strip();
        return text.codePointCount(0, text.length()) <= ITEM_DESC_MAX ? text
                : text.substring(0, text.offsetByCodePoints(0, ITEM_DESC_MAX));
    }
}
