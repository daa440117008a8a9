package io.paymenthub.reconciliation.control;

import io.paymenthub.payment.PaymentRecorded;
import io.paymenthub.payment.PaymentStatus;
import io.paymenthub.payment.RefundAwaitingGateway;
import io.paymenthub.payment.Transition;
import io.paymenthub.reconciliation.PaymentCheck;
import io.paymenthub.reconciliation.RefundCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Schedules the first check of every new payment, in the transaction that creates it, and of every refund left
 * pending at its gateway, in the transaction that leaves it so. The checks of payments that became final are
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

    void refundAwaiting(@Observes RefundAwaitingGateway awaiting) {
        if (em.find(RefundCheck.class, awaiting.refundId()) == null) {
            em.persist(new RefundCheck(awaiting.refundId(), settings.schedule().first(awaiting.at())));
        }
    }
}
