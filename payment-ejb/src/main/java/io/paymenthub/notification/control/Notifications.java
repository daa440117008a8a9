package io.paymenthub.notification.control;

import io.paymenthub.notification.DeliveryAttempt;
import io.paymenthub.notification.Notification;
import io.paymenthub.payment.control.PaymentRepository;
import io.paymenthub.problem.HubException;
import io.paymenthub.transaction.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The merchant's view of its notifications and their delivery attempts, and redelivery of a dead one. */
@ApplicationScoped
public class Notifications {

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    PaymentRepository payments;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** A notification with its attempts, oldest first. */
    public record WithAttempts(Notification notification, List<DeliveryAttempt> attempts) {
    }

    public List<WithAttempts> ofPayment(String appId, String paymentId) {
        return unitOfWork.run(() -> {
            payments.ofApp(appId, paymentId);
            List<Notification> notifications = em.createQuery("select n from Notification n"
                            + " where n.paymentId = :payment order by n.createdAt, n.id", Notification.class)
                    .setParameter("payment", paymentId).getResultList();
            Map<String, List<DeliveryAttempt>> attempts = em.createQuery("select a from DeliveryAttempt a, Notification n"
                            + " where a.notificationId = n.id and n.paymentId = :payment order by a.id",
                            DeliveryAttempt.class)
                    .setParameter("payment", paymentId).getResultStream()
                    .collect(Collectors.groupingBy(DeliveryAttempt::notificationId));
            return notifications.stream()
                    .map(n -> new WithAttempts(n, attempts.getOrDefault(n.id(), List.of()))).toList();
        });
    }

    /** @throws HubException {@code not_found} for another app's, {@code invalid_transition} unless it is dead */
    public Notification redeliver(String appId, String notificationId) {
        return unitOfWork.run(() -> {
            Notification notification = em.find(Notification.class, notificationId);
            if (notification == null || !notification.appId().equals(appId)) {
                throw HubException.notFound("Notification " + notificationId);
            }
            notification.redeliver(clock.instant());
            em.flush();
            return notification;
        });
    }
}
