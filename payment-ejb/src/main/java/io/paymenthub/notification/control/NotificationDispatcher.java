package io.paymenthub.notification.control;

import io.paymenthub.notification.DeliveryAttempt;
import io.paymenthub.notification.Notification;
import io.paymenthub.notification.NotificationStatus;
import io.paymenthub.transaction.UnitOfWork;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The sender of a node: {@code PAYMENT_NOTIFY_SENDERS} threads, each delivering the due notifications of one app
 * at a time, so a merchant whose receiver is slow holds one sender, never another merchant's. Each notification is
 * claimed alone, for a lease longer than its delivery's hard deadline (version-checked, so two nodes never take
 * the same one), delivered outside any transaction, and its outcome recorded with the next retry or death.
 */
@ApplicationScoped
public class NotificationDispatcher {

    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class);
    /** Deliveries one app's sender makes before it gives its thread to the next round's apps. */
    static final int TURN = 20;
    /** Beyond the delivery's deadline: the host's DNS lookup and recording the outcome. */
    static final Duration LEASE_MARGIN = Duration.ofSeconds(30);
    /** Recorded with each claim: which node of a cluster holds a delivery. */
    private static final String NODE = System.getProperty("jboss.node.name", "node");

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

    @Resource
    ManagedThreadFactory threadFactory;

    /** The apps a sender of this node works for now. */
    private final Set<String> busyApps = ConcurrentHashMap.newKeySet();
    private ThreadPoolExecutor senders;

    @PostConstruct
    void start() {
        senders = new ThreadPoolExecutor(settings.senders(), settings.senders(), 1, TimeUnit.MINUTES,
                new SynchronousQueue<>(), threadFactory);
        senders.allowCoreThreadTimeOut(true);
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }

    /** Starts a sender for each app with notifications due and none working for it here, while senders are free. */
    public int startDue() {
        int free = settings.senders() - busyApps.size();
        if (free <= 0) {
            return 0;
        }
        int started = 0;
        for (String appId : unitOfWork.run(() -> appsDue(free))) {
            if (busyApps.size() >= settings.senders() || !busyApps.add(appId)) {
                continue;
            }
            try {
                senders.execute(() -> deliverFor(appId));
                started++;
            } catch (RejectedExecutionException e) {
                busyApps.remove(appId);
                LOG.debugf("No sender free for app %s; the next round starts one", appId);
            }
        }
        return started;
    }

    /** Whether a sender of this node is working (tests wait for quiet). */
    public boolean busy() {
        return !busyApps.isEmpty();
    }

    private List<String> appsDue(int limit) {
        Instant now = clock.instant();
        Set<String> busy = Set.copyOf(busyApps);
        TypedQuery<String> query = em.createQuery("select n.appId from Notification n where n.status = :pending"
                        + " and n.nextAttemptAt <= :now and (n.claimedUntil is null or n.claimedUntil < :now)"
                        + (busy.isEmpty() ? "" : " and n.appId not in :busy")
                        + " group by n.appId order by min(n.nextAttemptAt)", String.class)
                .setParameter("pending", NotificationStatus.PENDING).setParameter("now", now);
        if (!busy.isEmpty()) {
            query.setParameter("busy", busy);
        }
        return query.setMaxResults(limit).getResultList();
    }

    /** One app's sender: its due notifications one by one, oldest due first, for at most a turn. */
    void deliverFor(String appId) {
        try {
            for (int delivered = 0; delivered < TURN; delivered++) {
                Optional<Notification> claimed = unitOfWork.run(() -> claimNext(appId));
                if (claimed.isEmpty()) {
                    return;
                }
                DeliveryResult result = sender.deliver(claimed.get());
                unitOfWork.run(() -> record(claimed.get().id(), result));
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Notifications of app %s: a delivery round failed; the next one retries", appId);
        } finally {
            busyApps.remove(appId);
        }
    }

    private Optional<Notification> claimNext(String appId) {
        Instant now = clock.instant();
        List<Notification> due = em.createQuery("select n from Notification n where n.status = :pending"
                        + " and n.nextAttemptAt <= :now and (n.claimedUntil is null or n.claimedUntil < :now)"
                        + " and n.appId = :app order by n.nextAttemptAt, n.id", Notification.class)
                .setParameter("pending", NotificationStatus.PENDING).setParameter("now", now)
                .setParameter("app", appId).setMaxResults(5).getResultList();
        Duration lease = settings.timeout().plus(LEASE_MARGIN);
        Optional<Notification> claimed = due.stream().filter(n -> n.claim(now, lease, NODE)).findFirst();
        em.flush();
        return claimed;
    }

    private Void record(String notificationId, DeliveryResult result) {
        Notification notification = em.find(Notification.class, notificationId);
        if (notification == null) {
            return null; // purged meanwhile
        }
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
