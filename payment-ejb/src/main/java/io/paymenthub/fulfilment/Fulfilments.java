package io.paymenthub.fulfilment;

import io.paymenthub.payment.Payment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/** Fulfils a payment that just became successful: one row, one event, enforced by the database. */
@ApplicationScoped
public class Fulfilments {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<PaymentFulfilled> fulfilled;

    /** Must run in the transaction that moved the payment; a second fulfilment fails on the primary key. */
    public void fulfil(Payment payment, Instant now) {
        em.persist(new Fulfilment(payment.id(), now));
        fulfilled.fire(new PaymentFulfilled(payment.id(), payment.appId(), payment.gateway(), payment.reference(),
                payment.customerId(), payment.captured(), now));
    }

    public Optional<Instant> fulfilledAt(String paymentId) {
        return Optional.ofNullable(em.find(Fulfilment.class, paymentId)).map(Fulfilment::fulfilledAt);
    }
}
