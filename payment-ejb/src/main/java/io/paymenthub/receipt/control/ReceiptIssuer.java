package io.paymenthub.receipt.control;

import io.paymenthub.fulfilment.PaymentFulfilled;
import io.paymenthub.receipt.Receipt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneOffset;

/**
 * Issues a fulfilled payment's receipt in the fulfilment's transaction: once, as fulfilment happens once. Its
 * number comes right after the commit ({@link ReceiptNumbering}), so that concurrent fulfilments never queue up
 * behind the counter's row lock.
 */
@ApplicationScoped
public class ReceiptIssuer {

    @PersistenceContext
    EntityManager em;

    void fulfilled(@Observes PaymentFulfilled fulfilled) {
        int year = fulfilled.at().atZone(ZoneOffset.UTC).getYear();
        em.persist(new Receipt(fulfilled.paymentId(), fulfilled.appId(), year, fulfilled.amount(), fulfilled.at()));
    }
}
