package io.paymenthub.gateway.begateway;

import static io.paymenthub.json.JsonFactory.JSON;

import io.paymenthub.gateway.http.GatewayUnreachable;
import io.paymenthub.card.SavedCards;
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
import io.paymenthub.gateway.spi.PayoutReport;
import io.paymenthub.gateway.spi.PayoutSnapshot;
import io.paymenthub.gateway.spi.RefundSnapshot;
import io.paymenthub.gateway.spi.StatusReport;
import io.paymenthub.money.Money;
import io.paymenthub.network.IpRanges;
import io.paymenthub.payment.CaptureMode;
import io.paymenthub.payment.PaymentStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * BeGateway (and Secure Processor, its white label). The payer pays in BeGateway's widget, opened on
 * {@code /pay/{token}} with the checkout token, or on its hosted page; the signed webhook is the source of
 * truth, the checkout status API confirms a return. Refunds, captures and voids go to the transactions API.
 */
@Stateless
@Gateway(BeGateway.NAME)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BeGateway extends OutsideTransactions implements GatewayAdapter {

    public static final String NAME = "begateway";
    private static final Logger LOG = Logger.getLogger(BeGateway.class);

    @Inject
    BeGatewayConfig config;

    @Inject
    HubUrls urls;

    @Inject
    CheckoutOpener checkouts;

    @Inject
    TransactionOperations transactions;

    @Inject
    StatusQueries statuses;

    @Inject
    RefundQueries refunds;

    @Inject
    WebhookAuthentication webhooks;

    @Inject
    Credits credits;

    @Inject
    SavedCards cards;

    /**
     * Enabled with a shop id and secret key. A malformed public key, or none outside test mode (no webhook could
     * ever be verified), fails the deployment here with a message that says so.
     */
    @Override
    public boolean isEnabled() {
        if (!config.isComplete()) {
            return false;
        }
        if (webhooks.signature().isEmpty() && !config.testMode()) {
            throw new IllegalStateException("SECURE_PROCESSOR_PUBLIC_KEY is required when SECURE_PROCESSOR_TEST_MODE"
                    + " is false: BeGateway's webhooks cannot be verified without it");
        }
        return true;
    }

    @Override
    public boolean isTestMode() {
        return config.testMode();
    }

    @Override
    public IpRanges callbackSources() {
        return config.callbackSources();
    }

    @Override
    public CheckoutResult createCheckout(PaymentSnapshot payment) {
        return checkouts.open(payment, urls.returnTo(NAME, payment.token()), urls.callback(NAME))
                .map(this::opened, CheckoutResult::refused, CheckoutResult::unreachable);
    }

    private CheckoutResult opened(CheckoutAnswer answer) {
        String fallback = answer.redirectUrl() != null ? answer.redirectUrl()
                : config.apiBaseUrl() + "/widget/hpp.html?token=" + HubUrls.encode(answer.token());
        Checkout widget = Checkout.widget(answer.token(), config.widgetSrc(), fallback,
                Map.of("widgetClass", "BeGateway", "checkout_url", config.apiBaseUrl()));
        return CheckoutResult.opened(widget, null, answer.token());
    }

    @Override
    public OperationResult capture(PaymentSnapshot payment, Money amount) {
        if (payment.gatewayUid() == null) {
            return OperationResult.refused("the authorization's uid is not known yet");
        }
        return transactions.capture(payment.gatewayUid(), amount);
    }

    /**
     * Voids an authorization. BeGateway's checkout API has no call that closes a checkout that was never paid: it
     * closes at its {@code expired_at}, the payment's time to live, set when it was created.
     */
    @Override
    public OperationResult cancel(PaymentSnapshot payment) {
        if (payment.status() != PaymentStatus.AUTHORIZED) {
            return OperationResult.processed(null);
        }
        if (payment.gatewayUid() == null) {
            return OperationResult.refused("the authorization's uid is not known yet");
        }
        return transactions.voidAuthorization(payment.gatewayUid(), payment.amount());
    }

    @Override
    public OperationResult refund(PaymentSnapshot payment, String refundId, Money amount, String reason) {
        if (payment.gatewayUid() == null) {
            return OperationResult.refused("the payment's transaction uid is not known");
        }
        String parent = payment.gatewayUid();
        if (payment.captureMode() == CaptureMode.MANUAL) {
            try {
                parent = transactions.captureOf(payment.id(), parent).orElse(parent);
            } catch (GatewayUnreachable e) {
                return OperationResult.unknown("refund: " + e.getMessage());
            }
        }
        return transactions.refund(parent, amount, reason);
    }

    @Override
    public OperationResult queryRefund(PaymentSnapshot payment, RefundSnapshot refund) {
        return refunds.of(payment.id(), refund);
    }

    /**
     * The checkout's status, then its transaction's. An authorization's checkout still says "authorized" after a
     * capture (the capture is a transaction of its own): while the hub holds it {@code AUTHORIZED}, the payment's
     * transactions are searched for a successful capture, so a capture whose answer and webhook were lost is found,
     * with the amount it took.
     */
    @Override
    public StatusReport queryStatus(PaymentSnapshot payment) {
        StatusReport report = statuses.of(payment);
        if (payment.status() != PaymentStatus.AUTHORIZED || payment.gatewayUid() == null
                || report.isKnown() && report.status() != PaymentStatus.AUTHORIZED) {
            return report;
        }
        try {
            return transactions.searchedCapture(payment.id(), payment.gatewayUid())
                    .map(capture -> new StatusReport(report.lookup(), PaymentStatus.SUCCESSFUL, null,
                            payment.gatewayUid(), null, "begateway: capture " + CheckoutAnswer.string(capture, "uid")
                            + " successful", TransactionReport.amount(capture)))
                    .orElse(report);
        } catch (GatewayUnreachable | IllegalArgumentException | ArithmeticException e) {
            // "authorized" only when the search said no capture: it clears a capture whose outcome was unknown
            return StatusReport.unknown(report.lookup(), "begateway: no capture search: " + e.getMessage());
        }
    }

    @Override
    public void verifyCallback(CallbackRequest callback) {
        webhooks.verify(callback);
    }

    /**
     * A payment's card token is kept for its customer when the payment was created with {@code saveCard} and the
     * transaction succeeded (a payment, an authorization or a tokenization).
     */
    @Override
    public StatusReport parseCallback(CallbackRequest callback) {
        JsonObject message = message(callback);
        try {
            StatusReport report = TransactionReport.of(message);
            if (report.lookup().isEmpty()) {
                throw new CallbackParseException("The webhook names no payment");
            }
            if (report.status() == PaymentStatus.SUCCESSFUL || report.status() == PaymentStatus.AUTHORIZED) {
                CardToken.of(message).ifPresent(card -> keepCard(report, card));
            }
            return report;
        } catch (IllegalStateException | IllegalArgumentException | ArithmeticException e) {
            throw new CallbackParseException("Not a BeGateway webhook: " + e.getMessage(), e);
        }
    }

    private void keepCard(StatusReport report, CardToken card) {
        try {
            cards.keepAsked(NAME, report.lookup(), card.token(), card.mask());
        } catch (RuntimeException e) {
            // the exception's class only: a database's message may quote the row, the card token with it
            LOG.warnf("BeGateway card of %s not saved: %s", report.lookup().gatewayReference(),
                    e.getClass().getName());
        }
    }

    private static JsonObject message(CallbackRequest callback) {
        try (var reader = JSON.createReader(new StringReader(callback.bodyText()))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new CallbackParseException("Not a BeGateway webhook: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean supportsTokenization() {
        return true;
    }

    @Override
    public boolean supportsPayouts() {
        return true;
    }

    /** A credit to the card token; its webhook comes to the hub's callback, like a payment's. */
    @Override
    public OperationResult payout(PayoutSnapshot payout, String cardToken) {
        return credits.send(payout, cardToken, urls.callback(NAME));
    }

    @Override
    public OperationResult queryPayout(PayoutSnapshot payout) {
        return credits.query(payout);
    }

    @Override
    public Optional<PayoutReport> parsePayoutCallback(CallbackRequest callback) {
        return Credits.report(message(callback));
    }

    /** Seeds 000/001 read {@code token}, {@code status} and {@code uid} here; only the status API is believed. */
    @Override
    public StatusReport confirmReturn(PaymentSnapshot payment, CallbackRequest returnRequest) {
        return statuses.byCheckoutToken(payment);
    }
}
