package io.paymenthub.receipt.control;

import io.paymenthub.fulfilment.PaymentFulfilled;
import io.paymenthub.receipt.Receipt;
import io.paymenthub.transaction.UnitOfWork;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Numbers issued receipts, {@code R-<year>-<6 digits>} without gaps per year, in the order they were issued. A
 * numbering is one transaction: it locks the year's counter, numbers every receipt still waiting (up to a batch)
 * and advances the counter once — numbers given only in committed transactions, one numbering of a year at a time
 * on any number of nodes. It runs on a background thread as soon as a fulfilment commits (one run scheduled at a
 * time per node), when a receipt is read before that, and every few seconds to catch up after a crash.
 */
@ApplicationScoped
public class ReceiptNumbering {

    private static final Logger LOG = Logger.getLogger(ReceiptNumbering.class);
    static final int BATCH = 500;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    ReceiptCounter counter;

    @PersistenceContext
    EntityManager em;

    @Resource
    ManagedExecutorService executor;

    private final AtomicBoolean scheduled = new AtomicBoolean();

    void fulfilled(@Observes(during = TransactionPhase.AFTER_SUCCESS) PaymentFulfilled fulfilled) {
        schedule();
    }

    /** A run of {@link #numberAll} on a background thread, unless one is already waiting to start. */
    public void schedule() {
        if (!scheduled.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(() -> {
                scheduled.set(false);
                try {
                    numberAll();
                } catch (RuntimeException e) {
                    LOG.warnf("Receipt numbering failed; the next one numbers them: %s", e);
                }
            });
        } catch (RejectedExecutionException e) {
            scheduled.set(false);
            LOG.debugf("Receipt numbering not scheduled (%s); the periodic one numbers them", e);
        }
    }

    /** Numbers every receipt waiting for its number; how many it numbered. */
    public int numberAll() {
        int total = 0;
        for (int numbered = numberBatch(); numbered > 0; numbered = numberBatch()) {
            total += numbered;
        }
        return total;
    }

    private int numberBatch() {
        return unitOfWork.run(() -> {
            List<Integer> years = em.createQuery("select distinct r.year from Receipt r where r.number is null",
                    Integer.class).getResultList();
            int numbered = 0;
            for (int year : years) {
                long last = counter.lock(year);
                List<Receipt> waiting = em.createQuery("select r from Receipt r where r.year = :year"
                                + " and r.number is null order by r.issuedAt, r.paymentId", Receipt.class)
                        .setParameter("year", year).setMaxResults(BATCH).getResultList();
                for (Receipt receipt : waiting) {
                    receipt.number(++last);
                }
                em.flush();
                counter.advance(year, last);
                numbered += waiting.size();
            }
            return numbered;
        });
    }
}
