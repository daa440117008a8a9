package io.paymenthub.notification.control;

import io.paymenthub.notification.DeliveryAttempt;
import io.paymenthub.notification.Notification;
import io.paymenthub.notification.NotificationStatus;
import io.paymenthub.transaction.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * One round of the sender: claims due notifications (a lease, version-checked, so two nodes never take the same
 * one), delivers each outside any transaction, and records the outcome with the next retry or death.
 */
@ApplicationScoped
public class NotificationDispatcher {

    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class);
    static final int BATCH = 20;
    static final Duration LEASE = Duration.ofMinutes(2);

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    NotificationSender sender;

    @Inject
    NotificationSettings settings;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** Delivers what is due now; returns how many notifications were tried. */
    public int deliverDue() {
        List<Notification> claimed = unitOfWork.run(this::claimDue);
        for (Notification notification : claimed) {
            DeliveryResult result = sender.deliver(notification);
            unitOfWork.run(() -> record(notification.id(), result));
        }
        return claimed.size();
    }

    private List<Notification> claimDue() {
        Instant now = clock.instant();
        List<Notification> due = em.createQuery("select n from Notification n where n.status = :pending"
                        + " and n.nextAttemptAt <= :now and (n.claimedUntil is null or n.claimedUntil < :now)"
                        + " order by n.nextAttemptAt, n.id", Notification.class)
                .setParameter("pending", NotificationStatus.PENDING).setParameter("now", now)
                .setMaxResults(BATCH).getResultList();
        List<Notification> claimed = due.stream().filter(n -> n.claim(now, LEASE)).toList();
        em.flush();
        return claimed;
    }

    private Void record(String notificationId, DeliveryResult result) {
        Notification notification = em.find(Notification.class, notificationId);
        Instant now = clock.instant();
        em.persist(new DeliveryAttempt(notificationId, now, result.statusCode(), result.error(), result.durationMs()));
        if (result.delivered()) {
            notification.delivered(result.statusCode(), now);
        } else {
            String problem = result.error() != null ? result.error() : "HTTP " + result.statusCode();
            notification.failed(result.statusCode(), problem,
                    settings.retrySchedule().next(notification.attempts() + 1, now), now);
            if (notification.status() == NotificationStatus.DEAD) {
                LOG.warnf("Notification %s (%s of %s) is dead after %d attempts: %s", notification.id(),
                        notification.type(), notification.paymentId(), notification.attempts(), problem);
            }
        }
        em.flush();
        return null;
    }
}
