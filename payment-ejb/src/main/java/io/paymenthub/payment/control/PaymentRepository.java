package io.paymenthub.payment.control;

import io.paymenthub.gateway.spi.PaymentLookup;
import io.paymenthub.payment.Payment;
import io.paymenthub.payment.PaymentEvent;
import io.paymenthub.payment.PaymentStatus;
import io.paymenthub.payment.Refund;
import io.paymenthub.problem.HubException;
import io.paymenthub.transaction.Detached;
import io.paymenthub.transaction.Reads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/** Finds payments and their history. Merchant lookups are always scoped to the merchant's app. */
@ApplicationScoped
public class PaymentRepository {

    @PersistenceContext
    EntityManager em;

    /** Reads payments by id into the persistence context, with one statement. */
    private final Reads.Together<String> byIds = this::readAll;

    /** {@code stored}, as the transaction that stored it left it, managed again in this one ({@link Detached}). */
    public Payment reattach(Payment stored) {
        return Detached.reattach(em, stored, stored.id());
    }

    /** The app's payment; another app's payment is "not found", exactly like a missing one. */
    public Payment ofApp(String appId, String paymentId) {
        Payment payment = em.find(Payment.class, paymentId);
        if (payment == null || !payment.appId().equals(appId)) {
            throw HubException.notFound("Payment " + paymentId);
        }
        return payment;
    }

    /** As {@link #ofApp}, holding the row until the transaction ends: merchant operations queue up on it. */
    public Payment ofAppForUpdate(String appId, String paymentId) {
        Payment payment = ofApp(appId, paymentId);
        em.refresh(payment, LockModeType.PESSIMISTIC_WRITE);
        return payment;
    }

    /** The payment, holding its row until the transaction ends, as {@link #ofAppForUpdate} does for the merchant. */
    public Payment forUpdate(String paymentId) {
        return em.find(Payment.class, paymentId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * A token never changes, so the query need not send the persistence context's pending changes first (a
     * payment changed in this transaction is found as changed all the same: the context's instance is returned).
     */
    public Optional<Payment> byToken(String token) {
        return single(em.createQuery("select p from Payment p where p.token = :token", Payment.class)
                .setParameter("token", token).setFlushMode(FlushModeType.COMMIT));
    }

    /**
     * What {@link #find} will read, for a shared transaction to read together with its other units' ({@link Reads}):
     * the payment by id, when the lookup names no token (a token is found by a query of its own); else null.
     */
    public Reads<String> reads(PaymentLookup lookup) {
        return lookup.token() == null && lookup.paymentId() != null ? new Reads<>(byIds, lookup.paymentId()) : null;
    }

    private void readAll(List<String> ids) {
        em.unwrap(Session.class).byMultipleIds(Payment.class).multiLoad(ids);
    }

    /** The payment a gateway message names, trying its identifiers from the most reliable down. */
    public Optional<Payment> find(String gateway, PaymentLookup lookup) {
        Optional<Payment> found = Optional.empty();
        if (lookup.token() != null) {
            found = byToken(lookup.token());
        }
        if (found.isEmpty() && lookup.paymentId() != null) {
            found = Optional.ofNullable(em.find(Payment.class, lookup.paymentId()));
        }
        if (found.isEmpty() && lookup.gatewayReference() != null) {
            found = single(em.createQuery(
                            "select p from Payment p where p.gateway = :gateway and p.gatewayReference = :reference",
                            Payment.class)
                    .setParameter("gateway", gateway).setParameter("reference", lookup.gatewayReference()));
        }
        if (found.isEmpty() && lookup.gatewayUid() != null) {
            found = single(em.createQuery(
                            "select p from Payment p where p.gateway = :gateway and p.gatewayUid = :uid", Payment.class)
                    .setParameter("gateway", gateway).setParameter("uid", lookup.gatewayUid()));
        }
        return found.filter(payment -> payment.gateway().equals(gateway));
    }

    /** The payment's history, oldest first: its creation ({@link PaymentEvent#creationOf}), then its stored events. */
    public List<PaymentEvent> history(Payment payment) {
        List<PaymentEvent> history = new ArrayList<>();
        history.add(PaymentEvent.creationOf(payment));
        history.addAll(em.createQuery(
                        "select e from PaymentEvent e where e.paymentId = :id order by e.occurredAt, e.id",
                        PaymentEvent.class)
                .setParameter("id", payment.id())
                .getResultList());
        return history;
    }

    public Refund refund(String refundId) {
        return em.find(Refund.class, refundId);
    }

    public List<Refund> refunds(String paymentId) {
        return em.createQuery("select r from Refund r where r.paymentId = :id order by r.createdAt, r.id", Refund.class)
                .setParameter("id", paymentId)
                .getResultList();
    }

    /**
     * A page of the app's payments, newest first. The cursor is the last payment of the previous page: the
     * page continues strictly after it in (createdAt, id) order, so concurrent inserts never shift a page.
     */
    public List<Payment> page(String appId, PaymentFilter filter, PageCursor after, int limit) {
        StringBuilder jpql = new StringBuilder("select p from Payment p where p.appId = :app");
        if (filter.status() != null) {
            jpql.append(" and p.status = :status");
        }
        if (filter.gateway() != null) {
            jpql.append(" and p.gateway = :gateway");
        }
        if (filter.reference() != null) {
            jpql.append(" and p.reference = :reference");
        }
        if (after != null) {
            jpql.append(" and (p.createdAt < :afterCreatedAt or (p.createdAt = :afterCreatedAt and p.id < :afterId))");
        }
        jpql.append(" order by p.createdAt desc, p.id desc");
        TypedQuery<Payment> query = em.createQuery(jpql.toString(), Payment.class).setParameter("app", appId);
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.gateway() != null) {
            query.setParameter("gateway", filter.gateway());
        }
        if (filter.reference() != null) {
            query.setParameter("reference", filter.reference());
        }
        if (after != null) {
            query.setParameter("afterCreatedAt", after.createdAt()).setParameter("afterId", after.paymentId());
        }
        return query.setMaxResults(limit).getResultList();
    }

    private static <T> Optional<T> single(TypedQuery<T> query) {
        return query.setMaxResults(1).getResultStream().findFirst();
    }

    /** Filters of the payment list; null means "any". */
    public record PaymentFilter(PaymentStatus status, String gateway, String reference) {
    }
}
