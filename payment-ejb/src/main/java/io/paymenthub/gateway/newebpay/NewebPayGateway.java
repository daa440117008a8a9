package io.paymenthub.gateway.newebpay;

import io.paymenthub.config.HubUrls;
import io.paymenthub.gateway.spi.CallbackParseException;
import io.paymenthub.gateway.spi.CallbackRequest;
import io.paymenthub.gateway.spi.Checkout;
import io.paymenthub.gateway.spi.CheckoutResult;
import io.paymenthub.gateway.spi.Gateway;
import io.paymenthub.gateway.spi.GatewayAdapter;
import io.paymenthub.gateway.spi.OperationResult;
import io.paymenthub.gateway.spi.OutsideTransactions;
import io.paymenthub.gateway.spi.PaymentSnapshot;
import io.paymenthub.gateway.spi.RefundSnapshot;
import io.paymenthub.gateway.spi.StatusReport;
import io.paymenthub.money.Money;
import io.paymenthub.network.IpRanges;
import io.paymenthub.payment.CaptureMode;
import io.paymenthub.payment.PaymentStatus;
import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * NewebPay MPG. The checkout is a form the payer's browser posts to {@code /MPG/mpg_gateway} with
 * {@code MerchantID, TradeInfo, TradeSha, Version}; NewebPay reports to the NotifyURL (the hub's callback) and
 * sends the payer back to the ReturnURL, which the hub confirms with {@code QueryTradeInfo}, as it does a notified
 * failure. Whether a paid trade is captured at once or only authorized is the store's setting, which
 * {@code NEWEBPAY_CAPTURE} tells the hub; captures, refunds and voids go through the credit-card trade APIs
 * ({@link CreditCardOperations}). It touches no database, so no transaction is held open while NewebPay answers.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@Gateway(NewebPayGateway.NAME)
public class NewebPayGateway extends OutsideTransactions implements GatewayAdapter {

    public static final String NAME = "newebpay";

    @Inject
    NewebPayConfig config;

    @Inject
    TradeQuery query;

    @Inject
    CreditCardOperations operations;

    @Inject
    HubUrls urls;

    @Inject
    Clock clock;

    @Override
    public boolean isEnabled() {
        return config.isComplete();
    }

    @Override
    public boolean isTestMode() {
        return config.testing();
    }

    @Override
    public IpRanges callbackSources() {
        return config.callbackSources();
    }

    /** Only whole TWD amounts (docs/api.md, amounts), in the capture mode of the store ({@code NEWEBPAY_CAPTURE}). */
    @Override
    public void validate(PaymentSnapshot payment) {
        TwdAmount.check(payment.amount());
        CaptureMode store = config.capturesOnRequest() ? CaptureMode.MANUAL : CaptureMode.AUTOMATIC;
        if (payment.captureMode() != store) {
            throw new HubException(ProblemCode.INVALID_REQUEST, "This NewebPay store captures "
                    + (store == CaptureMode.MANUAL ? "only when asked: capture must be manual"
                    : "at once: capture must be automatic"));
        }
    }

    /** NewebPay captures whole New Taiwan dollars. */
    @Override
    public void validateCapture(PaymentSnapshot payment, Money amount) {
        TwdAmount.check(amount);
    }

    /** NewebPay refunds whole New Taiwan dollars. */
    @Override
    public void validateRefund(PaymentSnapshot payment, Money amount) {
        TwdAmount.check(amount);
    }

    @Override
    public CheckoutResult createCheckout(PaymentSnapshot payment) {
        String back = urls.returnTo(NAME, payment.token());
        Map<String, String> tradeInfo = MpgTradeInfo.of(payment, config.merchantId(), clock.instant().getEpochSecond(),
                back, urls.callback(NAME), back);
        NewebPayCrypto crypto = config.crypto();
        String encrypted = crypto.encrypt(FormEncoding.encode(tradeInfo));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("MerchantID", config.merchantId());
        fields.put("TradeInfo", encrypted);
        fields.put("TradeSha", crypto.tradeSha(encrypted));
        fields.put("Version", MpgTradeInfo.VERSION);
        return CheckoutResult.opened(Checkout.form(config.mpgUrl(), fields), null, tradeInfo.get("MerchantOrderNo"));
    }

    /** Requests the capture of (part of) an authorization: CloseType 1. */
    @Override
    public OperationResult capture(PaymentSnapshot payment, Money amount) {
        return operations.requestCapture(TradeQuery.orderNo(payment), TwdAmount.toAmt(amount));
    }

    /**
     * An unpaid MPG checkout needs nothing at NewebPay to be abandoned; an authorization is cancelled whole with the
     * cancel-authorization API.
     */
    @Override
    public OperationResult cancel(PaymentSnapshot payment) {
        if (payment.status() == PaymentStatus.CREATED || payment.status() == PaymentStatus.PENDING) {
            return OperationResult.processed(null);
        }
        if (payment.status() != PaymentStatus.AUTHORIZED) {
            return OperationResult.refused("only an authorization can be cancelled at NewebPay");
        }
        return operations.cancelAuthorization(TradeQuery.orderNo(payment), TwdAmount.toAmt(payment.amount()));
    }

    /** Refunds (part of) a captured trade: CloseType 2. NewebPay knows the refund by the order, not by the hub's id. */
    @Override
    public OperationResult refund(PaymentSnapshot payment, String refundId, Money amount, String reason) {
        return operations.refund(TradeQuery.orderNo(payment), TwdAmount.toAmt(amount));
    }

    /** The trade's query tells a refund done only when the whole trade is refunded. */
    @Override
    public OperationResult queryRefund(PaymentSnapshot payment, RefundSnapshot refund) {
        return query.refundOutcome(payment);
    }

    @Override
    public StatusReport queryStatus(PaymentSnapshot payment) {
        return query.query(payment);
    }

    @Override
    public void verifyCallback(CallbackRequest callback) {
        NotifyMessage.of(callback).verify(config.crypto(), config.merchantId());
    }

    /** A success as notified (its amount is checked against the payment's); anything else as {@link #confirmed}. */
    @Override
    public StatusReport parseCallback(CallbackRequest callback) {
        TradeResult trade = NotifyMessage.of(callback).trade(config.crypto(), config.merchantId());
        StatusReport notified;
        try {
            notified = trade.notification(config.capturesOnRequest());
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new CallbackParseException(e.getMessage(), e);
        }
        return trade.isSuccess() ? notified : confirmed(trade, notified);
    }

    /**
     * A notified failure, as far as {@code QueryTradeInfo} confirms it: a genuine message can be replayed (an earlier
     * attempt's on an order the payer has since paid, or paid in another tab), and failing a payment cannot be
     * undone. The query's failure keeps the notification's reason; its success or cancellation is what happened;
     * an unpaid order, or no verified answer, leaves the payment as it is, for the reconciliation poll.
     */
    private StatusReport confirmed(TradeResult trade, StatusReport notified) {
        if (notified.amount() == null) {
            return StatusReport.unknown(notified.lookup(), notified.detail() + "; not confirmed: no Amt to query");
        }
        StatusReport queried = query.query(trade.merchantOrderNo(), TwdAmount.toAmt(notified.amount()));
        if (queried.status() == PaymentStatus.FAILED) {
            return new StatusReport(notified.lookup(), notified.status(), notified.amount(), notified.gatewayUid(),
                    notified.card(), notified.detail() + "; confirmed by query");
        }
        if (queried.status() == PaymentStatus.SUCCESSFUL || queried.status() == PaymentStatus.AUTHORIZED
                || queried.status() == PaymentStatus.CANCELLED) {
            return queried;
        }
        return StatusReport.unknown(notified.lookup(), notified.detail() + "; not confirmed: " + queried.detail());
    }
}
