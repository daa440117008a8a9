package io.paymenthub.notification.control;

import io.paymenthub.notification.NotificationStatus;
import io.paymenthub.transaction.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Deletes the events older than {@code PAYMENT_EVENT_RETENTION_DAYS} (default 30) with their attempts, in batches
 * of {@link #BATCH}, each its own short transaction, so a purge never holds many rows locked at once. An event still
 * waiting for a delivery is kept until its delivery ends.
 */
@ApplicationScoped
public class EventRetention {

    static final int BATCH = 500;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    NotificationSettings settings;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** Purges until nothing old is left; returns how many events went. */
    public int purge() {
        Instant cutoff = clock.instant().minus(settings.retention());
        int purged = 0;
        int batch;
        do {
            batch = unitOfWork.run(() -> purgeBatch(cutoff));
            purged += batch;
        } while (batch == BATCH);
        return purged;
    }

    private int purgeBatch(Instant cutoff) {
        List<String> ids = em.createQuery("select n.id from Notification n where n.createdAt < :cutoff"
                        + " and n.status <> :pending order by n.createdAt", String.class)
                .setParameter("cutoff", cutoff).setParameter("pending", NotificationStatus.PENDING)
                .setMaxResults(BATCH).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        em.createQuery("delete from DeliveryAttempt a where a.notificationId in :ids").setParameter("ids", ids)
                .executeUpdate();
        em.createQuery("delete from Notification n where n.id in :ids").setParameter("ids", ids).executeUpdate();
        return ids.size();
    }
}
