package io.paymenthub.gateway.newebpay;

import io.paymenthub.gateway.spi.OperationResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * NewebPay's credit-card trade APIs: {@code /API/CreditCard/Close} (version 1.1; {@code CloseType} 1 requests the
 * capture of an authorization, 2 refunds a captured trade) and {@code /API/CreditCard/Cancel} (version 1.0, cancels
 * an authorization not yet captured). Each is a form of {@code MerchantID_} and {@code PostData_}, the
 * parameters URL-encoded and encrypted as an MPG TradeInfo is; the order is named by its {@code MerchantOrderNo}
 * ({@code IndexType=1}).
 *
 * <p>NewebPay has no idempotency key: an operation is sent once, and an answer that never came (timeout, 5xx,
 * unreadable, about another order or another amount, a CheckCode that does not verify) is "not known" for the
 * hub's reconciliation, never a failure. {@code Status=SUCCESS} is done; any other status is NewebPay's refusal.
 */
@ApplicationScoped
public class CreditCardOperations {

    private static final Logger SECURITY = Logger.getLogger("io.paymenthub.security");
    static final String CLOSE_VERSION = "1.1";
    static final String CANCEL_VERSION = "1.0";
    static final String REQUEST_CAPTURE = "1";
    static final String REFUND = "2";
    private static final String BY_MERCHANT_ORDER_NO = "1";

    @Inject
    NewebPayConfig config;

    @Inject
    NewebPayApi api;

    @Inject
    Clock clock;

    /** Requests the capture of {@code amt} whole dollars of an authorized order. */
    OperationResult requestCapture(String orderNo, long amt) {
        return close(orderNo, amt, REQUEST_CAPTURE, "capture");
    }

    /** Refunds {@code amt} whole dollars of a captured order. */
    OperationResult refund(String orderNo, long amt) {
        return close(orderNo, amt, REFUND, "refund");
    }

    /** Cancels the authorization of {@code amt} whole dollars (the whole authorization) of an order. */
    OperationResult cancelAuthorization(String orderNo, long amt) {
        Map<String, String> data = common(CANCEL_VERSION, orderNo, amt);
        return send(config.cancelUrl(), data, orderNo, amt, "cancel");
    }

    private OperationResult close(String orderNo, long amt, String closeType, String what) {
        Map<String, String> data = common(CLOSE_VERSION, orderNo, amt);
        data.put("CloseType", closeType);
        return send(config.closeUrl(), data, orderNo, amt, what);
    }

    private Map<String, String> common(String version, String orderNo, long amt) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("RespondType", "JSON");
        data.put("Version", version);
        data.put("Amt", Long.toString(amt));
        data.put("MerchantOrderNo", orderNo);
        data.put("TimeStamp", Long.toString(clock.instant().getEpochSecond()));
        data.put("IndexType", BY_MERCHANT_ORDER_NO);
        return data;
    }

    private OperationResult send(String url, Map<String, String> data, String orderNo, long amt, String what) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("MerchantID_", config.merchantId());
        form.put("PostData_", config.crypto().encrypt(FormEncoding.encode(data)));
        String text = api.post(url, FormEncoding.encode(form), "credit-card " + what);
        if (text == null) {
            return OperationResult.unknown("newebpay " + what + ": no answer");
        }
        TradeResult trade;
        try {
            trade = TradeResults.parse(text);
        } catch (IllegalArgumentException e) {
            return OperationResult.unknown("newebpay " + what + ": unreadable answer");
        }
        if (!trade.isAnswer()) {
            return OperationResult.unknown("newebpay " + what + ": no Status in the answer");
        }
        if (!trade.isSuccess()) {
            return OperationResult.refused("newebpay " + what + ": " + trade.status()
                    + (trade.message() == null ? "" : " " + trade.message()));
        }
        if (!isAbout(trade, orderNo, amt)) {
            SECURITY.warnf("NewebPay %s answer for %s not believed: another order or amount, or a wrong CheckCode",
                    what, orderNo);
            return OperationResult.unknown("newebpay " + what + ": answer not verified");
        }
        return OperationResult.processed(trade.tradeNo());
    }

    /** The answer names this merchant, order and amount as far as it names them; a CheckCode it carries verifies. */
    private boolean isAbout(TradeResult trade, String orderNo, long amt) {
        if (trade.merchantOrderNo() != null && !orderNo.equals(trade.merchantOrderNo())
                || trade.merchantId() != null && !config.merchantId().equals(trade.merchantId())
                || trade.amt() != null && !Long.toString(amt).equals(trade.amt().strip())) {
            return false;
        }
        return trade.checkCode() == null || config.crypto().isCheckCode(trade.amt(), config.merchantId(), orderNo,
                trade.tradeNo(), trade.checkCode());
    }
}
