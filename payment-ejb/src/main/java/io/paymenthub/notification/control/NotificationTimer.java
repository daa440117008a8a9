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
 * Runs the sender {@code PAYMENT_NOTIFY_INTERVAL_MS} after the previous round ended, on each node. The timer is not persistent: what is due
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

    @PostConstruct
    void schedule() {
        scheduleNext();
    }

    /** One round, then the next is scheduled: rounds never overlap on a node, however long one takes. */
    @Timeout
    void run() {
        try {
            while (dispatcher.deliverDue() == NotificationDispatcher.BATCH) {
                LOG.debug("More notifications due, another round");
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
