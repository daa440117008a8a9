package io.paymenthub.receipt.control;

import io.paymenthub.transaction.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.logging.Logger;

/**
 * The per-year counter of receipt numbers. {@link #next} increments the year's row in the caller's transaction:
 * the row stays locked until it ends, so concurrent fulfilments take numbers one after the other, and a
 * rollback gives the number back — no duplicates, no gaps.
 */
@ApplicationScoped
public class ReceiptCounter {

    private static final Logger LOG = Logger.getLogger(ReceiptCounter.class);

    @PersistenceContext
    EntityManager em;

    @Inject
    Transactions transactions;

    public long next(int year) {
        if (increment(year) == 0) {
            createYear(year);
            if (increment(year) == 0) {
                throw new IllegalStateException("No receipt counter for " + year);
            }
        }
        return ((Number) em.createNativeQuery("select last_number from receipt_counter where receipt_year = ?1")
                .setParameter(1, year).getSingleResult()).longValue();
    }

    private int increment(int year) {
        return em.createNativeQuery("update receipt_counter set last_number = last_number + 1 where receipt_year = ?1")
                .setParameter(1, year).executeUpdate();
    }

    /** The year's first receipt: its row is created in a transaction of its own; a concurrent creator may win. */
    private void createYear(int year) {
        try {
            transactions.inNewTransaction(() -> em.createNativeQuery(
                            "insert into receipt_counter (receipt_year, last_number) values (?1, 0)")
                    .setParameter(1, year).executeUpdate());
        } catch (RuntimeException e) {
            LOG.debugf("Receipt counter for %d created concurrently: %s", year, e);
        }
    }
}
