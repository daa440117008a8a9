package io.paymenthub.gateway.newebpay;

import io.paymenthub.gateway.spi.OperationResult;
import io.paymenthub.gateway.spi.PaymentLookup;
import io.paymenthub.gateway.spi.PaymentSnapshot;
import io.paymenthub.gateway.spi.StatusReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * {@code POST /API/QueryTradeInfo} (version 1.3): what NewebPay knows of an order, server to server. The request
 * carries {@code CheckValue}; the answer's {@code CheckCode} is verified before it is believed. A timeout, a
 * 5xx, an unreadable or unverified answer is "not known", never a failure.
 */
@ApplicationScoped
public class TradeQuery {

    private static final Logger LOG = Logger.getLogger(TradeQuery.class);
    private static final Logger SECURITY = Logger.getLogger("io.paymenthub.security");

    @Inject
    NewebPayConfig config;

    @Inject
    NewebPayApi api;

    @Inject
    Clock clock;

    public StatusReport query(PaymentSnapshot payment) {
        return query(orderNo(payment), TwdAmount.toAmt(payment.amount()));
    }

    /** What NewebPay knows of order {@code orderNo} of {@code amt} whole dollars. */
    StatusReport query(String orderNo, long amt) {
        PaymentLookup lookup = new PaymentLookup(null, null, orderNo, null);
        Answer answer = ask(orderNo, amt);
        if (answer.trade() == null) {
            return StatusReport.unknown(lookup, "newebpay query: " + answer.problem());
        }
        try {
            return answer.trade().queried(config.capturesOnRequest());
        } catch (IllegalArgumentException e) {
            return StatusReport.unknown(lookup, "newebpay query: " + e.getMessage());
        }
    }

    /**
     * What became of a refund whose answer never came: done when the trade shows itself refunded in full. A partial
     * refund cannot be told apart from earlier ones in NewebPay's balance, so it stays "not known".
     */
    OperationResult refundOutcome(PaymentSnapshot payment) {
        Answer answer = ask(orderNo(payment), TwdAmount.toAmt(payment.amount()));
        if (answer.trade() == null) {
            return OperationResult.unknown("newebpay query: " + answer.problem());
        }
        TradeResult trade = answer.trade();
        return trade.isRefundedInFull() ? OperationResult.processed(trade.tradeNo())
                : OperationResult.unknown("newebpay query: BackStatus=" + trade.backStatus() + " BackBalance="
                + trade.backBalance() + " (a partial refund is not told apart)");
    }

    static String orderNo(PaymentSnapshot payment) {
        return payment.gatewayReference() != null ? payment.gatewayReference()
                : MpgTradeInfo.merchantOrderNo(payment.id());
    }

    /** A verified trade, or why there is none. */
    private record Answer(TradeResult trade, String problem) {
    }

    private Answer ask(String orderNo, long amt) {
        NewebPayCrypto crypto = config.crypto();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("MerchantID", config.merchantId());
        form.put("Version", "1.3");
        form.put("RespondType", "JSON");
        form.put("CheckValue", crypto.checkValue(amt, config.merchantId(), orderNo));
        form.put("TimeStamp", Long.toString(clock.instant().getEpochSecond()));
        form.put("MerchantOrderNo", orderNo);
        form.put("Amt", Long.toString(amt));
        String text = api.post(config.queryUrl(), FormEncoding.encode(form), "QueryTradeInfo");
        if (text == null) {
            return new Answer(null, "no answer");
        }
        TradeResult trade;
        try {
            trade = TradeResults.parse(text);
        } catch (IllegalArgumentException e) {
            LOG.warnf("Unreadable NewebPay query answer for %s: %s", orderNo, e.getMessage());
            return new Answer(null, "unreadable answer");
        }
        if (!trade.isSuccess()) {
            return new Answer(null, trade.status() + " " + trade.message());
        }
        if (!isAuthentic(trade, orderNo)) {
            SECURITY.warnf("NewebPay query answer for %s refused: wrong CheckCode or another order", orderNo);
            return new Answer(null, "answer not verified");
        }
        return new Answer(trade, null);
    }

    private boolean isAuthentic(TradeResult trade, String orderNo) {
        if (trade.checkCode() == null || trade.amt() == null || trade.tradeNo() == null
                || !orderNo.equals(trade.merchantOrderNo())
                || !config.merchantId().equals(trade.merchantId())) {
            return false;
        }
        return config.crypto().isCheckCode(trade.amt(), trade.merchantId(), trade.merchantOrderNo(), trade.tradeNo(),
                trade.checkCode());
    }
}
