package io.paymenthub.receipt.control;

import io.paymenthub.transaction.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The per-year counter of receipt numbers. {@link #lock} takes the year's row lock in the caller's transaction
 * and {@link #advance} moves it on: numberings of one year (on any node) take turns, and a rollback gives the
 * numbers back — no duplicates, no gaps.
 */
@ApplicationScoped
public class ReceiptCounter {

    private static final Logger LOG = Logger.getLogger(ReceiptCounter.class);

    @PersistenceContext
    EntityManager em;

    @Inject
    Transactions transactions;

    /** The year's last number given, its row locked until the caller's transaction ends. */
    public long lock(int year) {
        Long last = lastNumber(year);
        if (last == null) {
            createYear(year);
            last = lastNumber(year);
            if (last == null) {
                throw new IllegalStateException("No receipt counter for " + year);
            }
        }
        return last;
    }

    /** Must follow {@link #lock} in the same transaction. */
    public void advance(int year, long last) {
        em.createNativeQuery("update receipt_counter set last_number = ?1 where receipt_year = ?2")
                .setParameter(1, last).setParameter(2, year).executeUpdate();
    }

    private Long lastNumber(int year) {
        List<?> rows = em.createNativeQuery("select last_number from receipt_counter where receipt_year = ?1 for update")
                .setParameter(1, year).getResultList();
        return rows.isEmpty() ? null : ((Number) rows.get(0)).longValue();
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
