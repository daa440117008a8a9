package io.paymenthub.payment.control;

import io.paymenthub.fulfilment.Fulfilments;
import io.paymenthub.payment.EventSource;
import io.paymenthub.payment.Payment;
import io.paymenthub.payment.PaymentEvent;
import io.paymenthub.payment.PaymentRecorded;
import io.paymenthub.payment.Transition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * The one place where a payment's transitions are written down: the event row, and — when the payment just
 * became successful — its fulfilment, in the same transaction; then {@link PaymentRecorded} for the features that
 * follow payments (the janitor's checks, wallet refunds, merchant notifications), still in that transaction. A
 * payment's creation is recorded by its own row ({@link PaymentEvent#creationOf}): one row fewer per payment.
 */
@ApplicationScoped
public class PaymentHistory {

    @PersistenceContext
    EntityManager em;

    @Inject
    Fulfilments fulfilments;

    @Inject
    Event<PaymentRecorded> recorded;

    /**
     * A payment just persisted: no event row, {@link PaymentRecorded} all the same. Nothing is flushed here: the
     * creator flushes after, and the payment's insert, queued first, goes before the rows its observers add.
     */
    public void created(Payment payment) {
        recorded.fire(new PaymentRecorded(payment, Transition.CREATION, EventSource.API, payment.createdAt()));
    }

    public void record(Payment payment, Transition transition, EventSource source, String detail, String rawPayload,
                       Instant now) {
        record(payment, transition, source, detail, rawPayload, now, Flushing.EACH_STEP);
    }

    public void record(Payment payment, Transition transition, EventSource source, String detail, String rawPayload,
                       Instant now, Flushing flushing) {
        if (transition.applied()) {
            flushing.flush(em);
        }
        em.persist(new PaymentEvent(payment.id(), transition, source, detail, rawPayload, now));
        if (transition.reachedSuccess()) {
            fulfilments.fulfil(payment, now);
        }
        recorded.fire(new PaymentRecorded(payment, transition, source, now));
    }
}
