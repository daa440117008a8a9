package io.paymenthub.notification.control;

import io.paymenthub.notification.EventType;
import io.paymenthub.notification.Notification;
import io.paymenthub.payment.Identifiers;
import io.paymenthub.payment.Payment;
import io.paymenthub.payment.PaymentRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Writes a notification for every applied status change (not the creation itself) of a payment that has a
 * {@code notifyUrl} or when {@code PAYMENT_NOTIFY_URL} is set — in the transaction of the change, so a crash
 * after the change loses no notification and a rolled-back change sends none. Nothing is signed here: the
 * callback path only writes the row; the sender signs each attempt with the app's secrets of that moment.
 */
@ApplicationScoped
public class NotificationOutbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    NotificationSettings settings;

    void recorded(@Observes PaymentRecorded recorded) {
        if (!recorded.transition().applied() || recorded.transition().from() == null) {
            return;
        }
        Payment payment = recorded.payment();
        Optional<String> url = Optional.ofNullable(payment.notifyUrl()).filter(u -> !u.isBlank())
                .or(settings::hubWideUrl);
        if (url.isEmpty()) {
            return;
        }
        String eventId = Identifiers.prefixed("evt");
        em.persist(new Notification(eventId, payment.id(), payment.appId(), EventType.of(payment.status()),
                payment.statusChanges(), url.get(),
                NotificationPayload.of(eventId, payment, recorded.transition().from(), recorded.at()), recorded.at()));
    }
}
