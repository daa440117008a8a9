package io.paymenthub.notification.control;

import io.paymenthub.notification.DeliveryAttempt;
import io.paymenthub.notification.DeliveryState;
import io.paymenthub.notification.Notification;
import io.paymenthub.notification.NotificationStatus;
import io.paymenthub.payment.control.PageCursor;
import io.paymenthub.problem.HubException;
import io.paymenthub.transaction.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An app's events (its notifications) as the events API shows them: listed newest first, read one by one with
 * every delivery attempt, redelivered on demand. Another app's event is not found.
 */
@ApplicationScoped
public class Events {

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** What the list is narrowed to; a null field does not narrow it. */
    public record Filter(String type, String paymentId, DeliveryState delivery) {
    }

    /** A page of the list and where the next one starts (null on the last). */
    public record Page(List<Notifications.WithAttempts> items, PageCursor next) {
    }

    public Page list(String appId, Filter filter, PageCursor after, int limit) {
        return unitOfWork.run(() -> {
            Map<String, Object> parameters = new HashMap<>();
            StringBuilder where = new StringBuilder(" where n.appId = :app");
            parameters.put("app", appId);
            if (filter.type() != null) {
                where.append(" and n.type = :type");
                parameters.put("type", filter.type());
            }
            if (filter.paymentId() != null) {
                where.append(" and n.paymentId = :payment");
                parameters.put("payment", filter.paymentId());
            }
            if (filter.delivery() != null) {
                where.append(" and n.status = :status");
                parameters.put("status", switch (filter.delivery()) {
                    case PENDING, RETRYING -> NotificationStatus.PENDING;
                    case DELIVERED -> NotificationStatus.DELIVERED;
                    case DEAD -> NotificationStatus.DEAD;
                });
                if (filter.delivery() == DeliveryState.PENDING) {
                    where.append(" and n.attempts = 0");
                } else if (filter.delivery() == DeliveryState.RETRYING) {
                    where.append(" and n.attempts > 0");
                }
            }
            if (after != null) {
                where.append(" and (n.createdAt < :at or (n.createdAt = :at and n.id < :id))");
                parameters.put("at", after.createdAt());
                parameters.put("id", after.paymentId());
            }
            TypedQuery<Notification> query = em.createQuery("select n from Notification n" + where
                    + " order by n.createdAt desc, n.id desc", Notification.class);
            parameters.forEach(query::setParameter);
            List<Notification> found = query.setMaxResults(limit + 1).getResultList();
            List<Notification> page = found.size() > limit ? found.subList(0, limit) : found;
            PageCursor next = found.size() > limit
                    ? new PageCursor(page.get(limit - 1).createdAt(), page.get(limit - 1).id()) : null;
            return new Page(withAttempts(page), next);
        });
    }

    /** @throws HubException {@code not_found} for an unknown event or another app's */
    public Notifications.WithAttempts get(String appId, String eventId) {
        return unitOfWork.run(() -> withAttempts(List.of(ofApp(appId, eventId))).get(0));
    }

    /** Sends the event again now, whatever its state; asking again before it is tried changes nothing. */
    public Notifications.WithAttempts redeliver(String appId, String eventId) {
        return unitOfWork.run(() -> {
            Notification event = ofApp(appId, eventId);
            event.redeliverNow(clock.instant());
            em.flush();
            return withAttempts(List.of(event)).get(0);
        });
    }

    private Notification ofApp(String appId, String eventId) {
        Notification event = em.find(Notification.class, eventId);
        if (event == null || !event.appId().equals(appId)) {
            throw HubException.notFound("Event " + eventId);
        }
        return event;
    }

    private List<Notifications.WithAttempts> withAttempts(List<Notification> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        Map<String, List<DeliveryAttempt>> attempts = em.createQuery("select a from DeliveryAttempt a"
                        + " where a.notificationId in :ids order by a.id", DeliveryAttempt.class)
                .setParameter("ids", events.stream().map(Notification::id).toList()).getResultStream()
                .collect(Collectors.groupingBy(DeliveryAttempt::notificationId));
        return events.stream()
                .map(n -> new Notifications.WithAttempts(n, attempts.getOrDefault(n.id(), List.of()))).toList();
    }
}
