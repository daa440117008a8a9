package io.paymenthub.reconciliation.control;

import io.paymenthub.payment.PaymentRecorded;
import io.paymenthub.payment.PaymentStatus;
import io.paymenthub.payment.RefundAwaitingGateway;
import io.paymenthub.payment.RefundReserved;
import io.paymenthub.payment.RefundSettled;
import io.paymenthub.payment.Transition;
import io.paymenthub.payout.PayoutSent;
import io.paymenthub.payout.PayoutSettled;
import io.paymenthub.reconciliation.PaymentCheck;
import io.paymenthub.reconciliation.PayoutCheck;
import io.paymenthub.reconciliation.RefundCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Schedules the first check of every new payment, in the transaction that creates it, and of every refund, in the
 * transaction that reserves it before its gateway is called (a refund its request never settles is settled by the
 * janitor), and of every payout, in the transaction that stores it; a refund's check goes in the transaction that settles it as succeeded or failed. The checks of payments that became final are
 * deleted by the janitor, one statement for all of them before it claims any ({@link #forgetFinal}): the
 * transaction that makes a payment final — a callback's, on the hot path — does not spend a statement on it, and
 * the janitor never claims a payment only to find there is nothing to ask.
 */
@ApplicationScoped
public class CheckScheduler {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReconcileSettings settings;

    void recorded(@Observes PaymentRecorded recorded) {
        Transition transition = recorded.transition();
        if (!transition.applied()) {
            return;
        }
        if (transition.from() == null) {
            em.persist(new PaymentCheck(recorded.payment().id(),
                    settings.schedule().first(recorded.payment().createdAt())));
        }
    }

    /** Deletes the checks due by {@code now} of payments that are final; how many. */
    public int forgetFinal(Instant now) {
        return em.createQuery("delete from PaymentCheck c where c.nextCheckAt <= :now and not exists"
                        + " (select 1 from Payment p where p.id = c.paymentId and p.status in :open)")
                .setParameter("now", now).setParameter("open", PaymentStatus.open()).executeUpdate();
    }

    /**
     * No more checks of this payment (a statement, so a row already gone is no error). Nothing pending in the
     * persistence context touches a check, so the statement does not flush it first.
     */
    public void forget(String paymentId) {
        em.createQuery("delete from PaymentCheck c where c.paymentId = :id").setParameter("id", paymentId)
                .setFlushMode(FlushModeType.COMMIT).executeUpdate();
    }

    /**
     * Due after the schedule's first delay ({@code PAYMENT_RECONCILE_DELAYS}, 2 minutes by default): the grace in which
     * the request that sends the refund settles it itself. It must be longer than a refund's gateway calls may take
     * (their timeouts, 20 s by default), or the janitor may ask about a refund that is still being sent.
     */
    void refundReserved(@Observes RefundReserved reserved) {
        em.persist(new RefundCheck(reserved.refundId(), settings.schedule().first(reserved.at())));
    }

    /** A statement, so a check already gone is no error; nothing pending touches a check, so nothing is flushed first. */
    void refundSettled(@Observes RefundSettled settled) {
        CheckClaims.REFUNDS.forget(em, settled.refundId());
    }

    /** As a refund's: after the grace in which the request that sends the payout settles it itself. */
    void payoutSent(@Observes PayoutSent sent) {
        em.persist(new PayoutCheck(sent.payoutId(), settings.schedule().first(sent.at())));
    }

    void payoutSettled(@Observes PayoutSettled settled) {
        CheckClaims.PAYOUTS.forget(em, settled.payoutId());
    }

    /** A refund reserved before its check was written with its reservation. */
    void refundAwaiting(@Observes RefundAwaitingGateway awaiting) {
        if (em.find(RefundCheck.class, awaiting.refundId()) == null) {
            em.persist(new RefundCheck(awaiting.refundId(), settings.schedule().first(awaiting.at())));
        }
    }
}
