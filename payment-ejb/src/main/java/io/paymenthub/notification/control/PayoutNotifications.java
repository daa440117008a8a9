package io.paymenthub.notification.control;

import static io.paymenthub.json.JsonFactory.JSON;

import io.paymenthub.notification.EventType;
import io.paymenthub.notification.Notification;
import io.paymenthub.payment.Identifiers;
import io.paymenthub.payout.Payout;
import io.paymenthub.payout.PayoutRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Writes a notification ({@code payout.succeeded}, {@code payout.failed}, {@code payout.pending},
 * {@code payout.unknown}) for every status change of a payout, to its {@code notifyUrl} or else
 * {@code PAYMENT_NOTIFY_URL}, in the transaction of
 * the change, as {@link NotificationOutbox} does for payments. The body is
 * {@code { id, type, created, sequence, data: { payout: { … } } }}.
 */
@ApplicationScoped
public class PayoutNotifications {

    @PersistenceContext
    EntityManager em;

    @Inject
    NotificationSettings settings;

    void recorded(@Observes PayoutRecorded recorded) {
        Payout payout = recorded.payout();
        Optional<String> url = Optional.ofNullable(payout.notifyUrl()).filter(u -> !u.isBlank())
                .or(settings::hubWideUrl);
        if (url.isEmpty()) {
            return;
        }
        String eventId = Identifiers.prefixed("evt");
        JsonObjectBuilder data = JSON.createObjectBuilder()
                .add("id", payout.id())
                .add("status", payout.status().name())
                .add("amount", payout.amount().minor())
                .add("currency", payout.amount().currency())
                .add("gateway", payout.gateway())
                .add("testMode", payout.testMode())
                .add("createdAt", payout.createdAt().toString())
                .add("updatedAt", payout.updatedAt().toString());
        if (payout.reference() != null) {
            data.add("reference", payout.reference());
        }
        if (payout.failure() != null) {
            data.add("failure", payout.failure());
        }
        String body = JSON.createObjectBuilder()
                .add("id", eventId)
                .add("type", EventType.of(payout.status()))
                .add("created", recorded.at().getEpochSecond())
                .add("sequence", payout.statusChanges())
                .add("data", JSON.createObjectBuilder().add("payout", data))
                .build().toString();
        em.persist(Notification.aboutPayout(eventId, payout.id(), payout.appId(), EventType.of(payout.status()),
                payout.statusChanges(), url.get(), body, recorded.at()));
    }
}
