package io.paymenthub.reconciliation.control;

import io.paymenthub.payment.PaymentRecorded;
import io.paymenthub.payment.RefundAwaitingGateway;
import io.paymenthub.reconciliation.PaymentCheck;
import io.paymenthub.reconciliation.RefundCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Schedules the first check of every new payment, in the transaction that creates it, and of every refund left
 * pending at its gateway, in the transaction that leaves it so.
 */
@ApplicationScoped
public class CheckScheduler {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReconcileSettings settings;

    void recorded(@Observes PaymentRecorded recorded) {
        if (recorded.transition().applied() && recorded.transition().from() == null) {
            em.persist(new PaymentCheck(recorded.payment().id(),
                    settings.schedule().first(recorded.payment().createdAt())));
        }
    }

    void refundAwaiting(@Observes RefundAwaitingGateway awaiting) {
        if (em.find(RefundCheck.class, awaiting.refundId()) == null) {
            em.persist(new RefundCheck(awaiting.refundId(), settings.schedule().first(awaiting.at())));
        }
    }
}
