package io.paymenthub.metrics;

import io.paymenthub.notification.NotificationStatus;
import io.paymenthub.payment.PaymentStatus;
import io.paymenthub.transaction.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the hub has on its plate, counted in the database at most every few seconds however often metrics are
 * read: payments by status, notifications by status, payments due for a reconciliation check.
 */
@ApplicationScoped
public class BacklogCounts {

    static final long MAX_AGE_NANOS = 5_000_000_000L;

    @PersistenceContext
    EntityManager em;

    @Inject
    Transactions transactions;

    @Inject
    Clock clock;

    private volatile Snapshot snapshot;
    private volatile long countedAt;

    public double payments(PaymentStatus status) {
        return fresh().payments().getOrDefault(status, 0L);
    }

    public double notifications(NotificationStatus status) {
        return fresh().notifications().getOrDefault(status, 0L);
    }

    public double reconciliationDue() {
        return fresh().reconciliationDue();
    }

    private synchronized Snapshot fresh() {
        if (snapshot == null || System.nanoTime() - countedAt > MAX_AGE_NANOS) {
            snapshot = transactions.inNewTransaction(this::count);
            countedAt = System.nanoTime();
        }
        return snapshot;
    }

    private Snapshot count() {
        Map<PaymentStatus, Long> payments = new EnumMap<>(PaymentStatus.class);
        em.createQuery("select p.status, count(p) from Payment p group by p.status", Object[].class)
                .getResultList().forEach(row -> payments.put((PaymentStatus) row[0], (Long) row[1]));
        Map<NotificationStatus, Long> notifications = new EnumMap<>(NotificationStatus.class);
        em.createQuery("select n.status, count(n) from Notification n group by n.status", Object[].class)
                .getResultList().forEach(row -> notifications.put((NotificationStatus) row[0], (Long) row[1]));
        // a final payment's check is due only until the janitor's next round deletes it
        long due = em.createQuery("select count(c) from PaymentCheck c where c.nextCheckAt <= :now and exists"
                        + " (select 1 from Payment p where p.id = c.paymentId and p.status in :open)", Long.class)
                .setParameter("now", clock.instant()).setParameter("open", PaymentStatus.open()).getSingleResult();
        return new Snapshot(payments, notifications, due);
    }

    record Snapshot(Map<PaymentStatus, Long> payments, Map<NotificationStatus, Long> notifications,
                    long reconciliationDue) {
    }
}
