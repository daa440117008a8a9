package io.paymenthub.metrics;

import io.paymenthub.payment.PaymentStatus;
import io.paymenthub.transaction.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.Map;

/** How many payments have each status, counted at most every few seconds however often metrics are read. */
@ApplicationScoped
public class PaymentStatusCounts {

    static final long MAX_AGE_NANOS = 5_000_000_000L;

    @PersistenceContext
    EntityManager em;

    @Inject
    Transactions transactions;

    private volatile Map<PaymentStatus, Long> counts = Map.of();
    private volatile long countedAt;
    private volatile boolean counted;

    public double count(PaymentStatus status) {
        refreshIfStale();
        return counts.getOrDefault(status, 0L);
    }

    private synchronized void refreshIfStale() {
        if (counted && System.nanoTime() - countedAt < MAX_AGE_NANOS) {
            return;
        }
        Map<PaymentStatus, Long> fresh = new EnumMap<>(PaymentStatus.class);
        transactions.inNewTransaction(() -> em.createQuery(
                        "select p.status, count(p) from Payment p group by p.status", Object[].class)
                .getResultList())
                .forEach(row -> fresh.put((PaymentStatus) row[0], (Long) row[1]));
        counts = fresh;
        countedAt = System.nanoTime();
        counted = true;
    }
}
