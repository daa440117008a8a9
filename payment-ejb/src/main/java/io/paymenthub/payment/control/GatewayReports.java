package io.paymenthub.payment.control;

import io.paymenthub.gateway.spi.StatusReport;
import io.paymenthub.payment.EventSource;
import io.paymenthub.money.Money;
import io.paymenthub.payment.Payment;
import io.paymenthub.payment.PaymentStatus;
import io.paymenthub.payment.Transition;
import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import io.paymenthub.transaction.Shareable;
import io.paymenthub.transaction.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Applies what a gateway reported (callback, verified return, poll) to its payment, the same way for every
 * gateway and source: under optimistic locking, retried on conflict, every message recorded in the history,
 * duplicates and refused transitions acknowledged. No remote call happens in here.
 */
@ApplicationScoped
public class GatewayReports {

    private static final Logger SECURITY = Logger.getLogger("io.paymenthub.security");
    private static final Logger LOG = Logger.getLogger(GatewayReports.class);

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    PaymentRepository payments;

    @Inject
    PaymentHistory history;

    @Inject
    RefundService refunds;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /**
     * @throws HubException {@code not_found} when no payment of that gateway matches, {@code amount_mismatch}
     *                      when the reported amount or currency differs from the payment's (nothing changes)
     */
    public ReportResult apply(String gateway, StatusReport report, EventSource source, String rawPayload) {
        return shareable(gateway, report, source, rawPayload).alone();
    }

    /**
     * As {@link #apply}, for {@link io.paymenthub.transaction.SharedTransactions}: committed together with concurrent
     * callers' work.
     */
    public Shareable<ReportResult> shareable(String gateway, StatusReport report, EventSource source,
                                             String rawPayload) {
        return Flushing.shareable(unitOfWork,
                        flushing -> applyInCallersTransaction(gateway, report, source, rawPayload, flushing))
                .reading(payments.reads(report.lookup()));
    }

    /**
     * A poll found the payment's authorization still held, neither captured nor voided: a capture or void sent by
     * {@code sentBy} whose outcome was not known did not happen, and is cleared so that the merchant may ask again
     * (see {@link Payment#stillAuthorized}).
     */
    public void stillAuthorized(String paymentId, Instant sentBy) {
        unitOfWork.run(() -> {
            Payment payment = em.find(Payment.class, paymentId);
            if (payment != null && payment.stillAuthorized(sentBy, clock.instant())) {
                LOG.infof("%s: the capture or void sent by %s is not at the gateway; the merchant may ask again",
                        paymentId, sentBy);
                em.flush();
            }
            return null;
        });
    }

    /**
     * As {@link #apply}, in the caller's transaction and without retries: the caller handles a conflict (with
     * {@link Flushing#AT_COMMIT}, at the commit).
     */
    private ReportResult applyInCallersTransaction(String gateway, StatusReport report, EventSource source,
                                                   String rawPayload, Flushing flushing) {
        Payment payment = payments.find(gateway, report.lookup())
                .orElseThrow(() -> HubException.notFound("Payment"));
        if (!payment.matches(report.amount())) {
            SECURITY.warnf("Refused %s report for %s: amount %s does not match the payment's %s", gateway,
                    payment.id(), report.amount(), payment.amount());
            throw new HubException(ProblemCode.AMOUNT_MISMATCH, "The reported amount or currency does not match",
                    Map.of("paymentId", payment.id()));
        }
        Instant now = clock.instant();
        Money refundedBefore = payment.refunded();
        Transition transition = report.isKnown()
                ? payment.report(report.status(), report.captured(), now)
                : new Transition(payment.status(), null, Transition.Outcome.REFUSED);
        if (transition.applied() && transition.to() == PaymentStatus.REFUNDED) {
            refunds.refundedByGateway(payment, refundedBefore, now);
        }
        if (transition.applied() || transition.outcome() == Transition.Outcome.DUPLICATE) {
            payment.gatewayUidKnown(report.gatewayUid());
            if (report.card() != null) {
                payment.cardUsed(report.card().brand(), report.card().last4());
            }
        }
        history.record(payment, transition, source, report.detail(), rawPayload, now, flushing);
        flushing.flush(em);
        return new ReportResult(payment.id(), payment.status(), transition);
    }
}
