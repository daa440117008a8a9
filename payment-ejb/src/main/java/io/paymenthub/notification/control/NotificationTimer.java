package io.paymenthub.notification.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Looks for due notifications {@code PAYMENT_NOTIFY_INTERVAL_MS} after the previous round ended, on each node. The timer is not persistent: what is due
 * lives in the outbox table, so a node that starts again simply carries on, and the claims keep nodes apart.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationTimer {

    private static final Logger LOG = Logger.getLogger(NotificationTimer.class);

    @Resource
    TimerService timers;

    @Inject
    NotificationSettings settings;

    @Inject
    NotificationDispatcher dispatcher;

    @Inject
    EventRetention retention;

    /** When this node last purged old events: once an hour is plenty for a retention counted in days. */
    private long lastPurge = System.nanoTime() - PURGE_EVERY_NANOS;
    private static final long PURGE_EVERY_NANOS = java.util.concurrent.TimeUnit.HOURS.toNanos(1);

    @PostConstruct
    void schedule() {
        scheduleNext();
    }

    /**
     * One round starts the senders of the apps with notifications due, then the next is scheduled: the round itself
     * never waits on a merchant, the senders deliver meanwhile.
     */
    @Timeout
    void run() {
        try {
            dispatcher.startDue();
            if (System.nanoTime() - lastPurge >= PURGE_EVERY_NANOS) {
                lastPurge = System.nanoTime();
                int purged = retention.purge();
                if (purged > 0) {
                    LOG.infof("Purged %d events older than the retention", purged);
                }
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Notification round failed; the next one retries");
        } finally {
            scheduleNext();
        }
    }

    private void scheduleNext() {
        timers.createSingleActionTimer(settings.interval().toMillis(), new TimerConfig("merchant-notifications", false));
    }
}
