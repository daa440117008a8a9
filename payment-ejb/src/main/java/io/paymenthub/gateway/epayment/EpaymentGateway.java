package io.paymenthub.gateway.epayment;

import io.paymenthub.card.SavedCards;
import io.paymenthub.config.HubUrls;
import io.paymenthub.gateway.spi.CallbackRejectedException;
import io.paymenthub.gateway.spi.CallbackRequest;
import io.paymenthub.gateway.spi.CheckoutResult;
import io.paymenthub.gateway.spi.Gateway;
import io.paymenthub.gateway.spi.GatewayAdapter;
import io.paymenthub.gateway.spi.OperationResult;
import io.paymenthub.gateway.spi.OutsideTransactions;
import io.paymenthub.gateway.spi.PaymentLookup;
import io.paymenthub.gateway.spi.PaymentSnapshot;
import io.paymenthub.gateway.spi.RefundSnapshot;
import io.paymenthub.gateway.spi.StatusReport;
import io.paymenthub.money.Money;
import io.paymenthub.network.IpRanges;
import io.paymenthub.payment.PaymentStatus;
import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * epayment.kz (Halyk ePay). The payer pays in the {@code halyk.pay} widget on {@code /pay/{token}}, with a
 * payment token issued for the payment's invoice. The postLink is unsigned: it must carry the secret_hash the hub
 * issued for its invoice and the hub's terminal, its amount must be the payment's, and a success is believed only
 * when check-status confirms it. Charge, cancel and refund go to the operations API.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@Gateway(EpaymentGateway.NAME)
public class EpaymentGateway extends OutsideTransactions implements GatewayAdapter {

    public static final String NAME = "epayment";
    private static final Logger LOG = Logger.getLogger(EpaymentGateway.class);
    static final Money MINIMUM_REFUND = Money.of(1000, "KZT");
    static final Duration REFUND_WINDOW = Duration.ofDays(180);
    private static final Set<String> CURRENCIES = Set.of("KZT", "USD", "EUR", "RUB");

    @Inject
    EpaymentConfig config;

    @Inject
    HubUrls urls;

    @Inject
    InvoiceCheckouts checkouts;

    @Inject
    StatusChecks statuses;

    @Inject
    Operations operations;

    @Inject
    SavedCards cards;

    @Inject
    SavedCardPayments savedCardPayments;

    @Inject
    Clock clock;

    @Override
    public boolean isEnabled() {
        return config.isComplete();
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
    public void validate(PaymentSnapshot payment) {
        if (!CURRENCIES.contains(payment.amount().currency())) {
            throw new HubException(ProblemCode.INVALID_CURRENCY,
                    "epayment.kz takes " + String.join(", ", CURRENCIES.stream().sorted().toList()));
        }
        savedCardPayments.validate(payment);
    }

    /** At least 10 KZT, and within 180 days of the payment (seed 004): refused before anything is reserved. */
    @Override
    public void validateRefund(PaymentSnapshot payment, Money amount) {
        if (amount.currency().equals(MINIMUM_REFUND.currency()) && MINIMUM_REFUND.isGreaterThan(amount)) {
            throw new HubException(ProblemCode.REFUND_NOT_ALLOWED, "epayment.kz refunds at least 10 KZT");
        }
        if (payment.createdAt() != null && clock.instant().isAfter(payment.createdAt().plus(REFUND_WINDOW))) {
            throw new HubException(ProblemCode.REFUND_NOT_ALLOWED,
                    "epayment.kz refunds payments only within 180 days");
        }
    }

    @Override
    public CheckoutResult createCheckout(PaymentSnapshot payment) {
        return checkouts.open(payment);
    }

    @Override
    public OperationResult capture(PaymentSnapshot payment, Money amount) {
        return operations.charge(payment, amount);
    }

    /** Cancels an authorization; a checkout that was never paid is left to expire at epayment.kz. */
    @Override
    public OperationResult cancel(PaymentSnapshot payment) {
        if (payment.status() != PaymentStatus.AUTHORIZED) {
            return OperationResult.processed(null);
        }
        return operations.cancel(payment);
    }

    @Override
    public OperationResult refund(PaymentSnapshot payment, String refundId, Money amount, String reason) {
        return operations.refund(payment, refundId, amount);
    }

    /** check-status of the payment's invoice: {@code REFUND} tells a full refund done (see {@link CheckedStatus}). */
    @Override
    public OperationResult queryRefund(PaymentSnapshot payment, RefundSnapshot refund) {
        if (payment.gatewayReference() == null) {
            return OperationResult.unknown("no epayment.kz invoice");
        }
        return statuses.of(payment.gatewayReference()).refundOutcome(refund.amount(),
                payment.captured() != null ? payment.captured() : payment.amount());
    }

    @Override
    public StatusReport queryStatus(PaymentSnapshot payment) {
        if (payment.gatewayReference() == null) {
            return StatusReport.unknown(new PaymentLookup(null, null, null, null), "no epayment.kz invoice yet");
        }
        return statuses.of(payment.gatewayReference()).report();
    }

    /** The postLink is unsigned: its secret_hash must be the one issued for its invoice, its terminal the hub's. */
    @Override
    public void verifyCallback(CallbackRequest callback) {
        PostLink link = PostLink.parse(callback.bodyText());
        if (!config.terminal().equals(link.terminal())) {
            throw new CallbackRejectedException("postLink for another terminal");
        }
        if (!config.secretHash().matches(link.invoiceId(), link.secretHash())) {
            throw new CallbackRejectedException("postLink without the secret_hash issued for its invoice");
        }
    }

    /** A confirmed payment's card id (when epayment.kz gives one) is kept for the payment's customer. */
    @Override
    public StatusReport parseCallback(CallbackRequest callback) {
        PostLink link = PostLink.parse(callback.bodyText());
        CheckedStatus[] checked = new CheckedStatus[1];
        StatusReport report = PostLinkReports.of(link, invoice -> checked[0] = statuses.of(invoice));
        boolean paid = report.status() == PaymentStatus.AUTHORIZED || report.status() == PaymentStatus.SUCCESSFUL;
        String cardId = link.cardId() != null ? link.cardId() : checked[0].cardId();
        if (paid && cardId != null) {
            keepCard(report, cardId, link.cardMask() != null ? link.cardMask() : checked[0].cardMask());
        }
        return report;
    }

    private void keepCard(StatusReport report, String cardId, String cardMask) {
        try {
            cards.keep(NAME, report.lookup(), cardId, cardMask, config.accountIds()::of);
        } catch (RuntimeException e) {
            LOG.warnf("epayment.kz card of invoice %s not saved: %s", report.lookup().gatewayReference(), e.toString());
        }
    }
}
