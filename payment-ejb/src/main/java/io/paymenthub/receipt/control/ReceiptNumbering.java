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
 * on any number of nodes. It runs on a background thread as soon as a fulfilment commits (one at a time per node),
 * when a receipt is read before that, and every few seconds to catch up after a crash.
 */
@ApplicationScoped
public class ReceiptNumbering {

    private static final Logger LOG = Logger.getLogger(ReceiptNumbering.class);
    static final int BATCH = 500;
    /**
     * When receipts came in while a numbering ran, the next one waits this long first: under load the receipts of
     * many fulfilments gather for one numbering (one counter lock, one transaction) instead of a numbering for
     * every few. A receipt read before its number comes is numbered at once ({@code Receipts}).
     */
    static final long GATHER_MILLIS = 20;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    ReceiptCounter counter;

    @PersistenceContext
    EntityManager em;

    @Resource
    ManagedExecutorService executor;

    /** A numbering runs on this node's background thread (at most one). */
    private final AtomicBoolean running = new AtomicBoolean();
    /** Receipts were issued since the running numbering last looked. */
    private final AtomicBoolean waiting = new AtomicBoolean();

    void fulfilled(@Observes(during = TransactionPhase.AFTER_SUCCESS) PaymentFulfilled fulfilled) {
        schedule();
    }

    /**
     * Numbers what is waiting on a background thread. At most one runs per node: concurrent fulfilments only
     * mark that there is more, and the running one goes round again — one counter lock per batch, not per receipt.
     */
    public void schedule() {
        waiting.set(true);
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(this::numberWhileWaiting);
        } catch (RejectedExecutionException e) {
            running.set(false);
            LOG.debugf("Receipt numbering not scheduled (%s); the periodic one numbers them", e);
        }
    }

    private void numberWhileWaiting() {
        boolean failed = false;
        try {
            while (waiting.getAndSet(false)) {
                numberAll();
                if (waiting.get()) {
                    Thread.sleep(GATHER_MILLIS);
                }
            }
        } catch (RuntimeException e) {
            failed = true;
            LOG.warnf("Receipt numbering failed; the next fulfilment or the periodic round numbers them: %s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed = true;
        } finally {
            running.set(false);
        }
        if (!failed && waiting.get()) {
            schedule();
        }
    }

    /** Numbers every receipt waiting for its number; how many it numbered. */
    public int numberAll() {
        int total = 0;
        int numbered;
        do {
            numbered = numberBatch();
            total += numbered;
        } while (numbered >= BATCH);
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
