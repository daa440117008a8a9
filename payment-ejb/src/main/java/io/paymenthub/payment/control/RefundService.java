package io.paymenthub.payment.control;

import io.paymenthub.gateway.GatewayRegistry;
import io.paymenthub.gateway.spi.OperationResult;
import io.paymenthub.gateway.spi.PaymentSnapshot;
import io.paymenthub.idempotency.IdempotencyStore;
import io.paymenthub.money.Money;
import io.paymenthub.payment.EventSource;
import io.paymenthub.payment.Payment;
import io.paymenthub.payment.Refund;
import io.paymenthub.payment.RefundAwaitingGateway;
import io.paymenthub.payment.RefundReserved;
import io.paymenthub.payment.RefundSettled;
import io.paymenthub.payment.RefundStatus;
import io.paymenthub.transaction.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Refunds. The amount is first reserved on the payment under its row lock (so concurrent refunds can never
 * exceed what was captured), then sent to the gateway, then settled: succeeded, failed (the reservation is
 * released) or pending (asked again by the reconciliation janitor until it is known). The reservation's transaction
 * also schedules the janitor's check of the refund and marks the request's idempotency key as having reached a
 * gateway: whatever happens between the gateway call and the settling, the janitor settles the refund, and no retry
 * of the request sends it again.
 */
@ApplicationScoped
public class RefundService {

    static final String DEFAULT_REASON = "Refund requested by the merchant";
    /** How a refund is named as an idempotency key's operation: this prefix and its id. */
    public static final String OPERATION = "refund:";

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    GatewayRegistry gateways;

    @Inject
    PaymentRepository payments;

    @Inject
    PaymentHistory history;

    @Inject
    Clock clock;

    @Inject
    Event<RefundAwaitingGateway> awaiting;

    @Inject
    Event<RefundReserved> refundReserved;

    @Inject
    Event<RefundSettled> settled;

    @Inject
    IdempotencyStore idempotency;

    @PersistenceContext
    EntityManager em;

    /**
     * Refunds {@code amount} minor units, or everything still refundable when it is null. {@code idempotencyRecord}:
     * the request's claimed {@code Idempotency-Key}, null when it sent none.
     */
    public Refund refund(String appId, String paymentId, Long amount, String reason, Long idempotencyRecord) {
        String why = reason == null || reason.isBlank() ? DEFAULT_REASON : reason;
        record Reserved(PaymentSnapshot payment, Refund refund) {
        }
        Reserved reserved = unitOfWork.run(() -> {
            Payment payment = payments.ofAppForUpdate(appId, paymentId);
            Money requested = amount == null ? payment.refundable() : Money.of(amount, payment.amount().currency());
            gateways.adapter(payment.gateway()).validateRefund(PaymentSnapshots.of(payment), requested);
            payment.reserveRefund(requested);
            Instant now = clock.instant();
            Refund refund = new Refund(paymentId, requested, why, now);
            em.persist(refund);
            em.flush();
            if (idempotencyRecord != null) {
                idempotency.reachesGateway(idempotencyRecord, OPERATION + refund.id());
            }
            refundReserved.fire(new RefundReserved(refund.id(), now));
            em.flush();
            return new Reserved(PaymentSnapshots.of(payment), refund);
        });
        Refund refund = reserved.refund();
        OperationResult result = gateways.adapter(reserved.payment().gateway())
                .refund(reserved.payment(), refund.id(), refund.amount(), why);
        return settle(refund.id(), result, EventSource.API);
    }

    /** The refund once it succeeded or failed; empty while it is pending (or unknown). */
    public Optional<Refund> settled(String refundId) {
        return Optional.ofNullable(unitOfWork.run(() -> payments.refund(refundId)))
                .filter(refund -> refund.status() != RefundStatus.PENDING);
    }

    /**
     * Applies a refund's outcome at its gateway, in its own transaction: the one rule for the merchant's call and
     * for reconciliation. {@code PROCESSED} succeeds it (the payment becomes (partially) refunded), {@code ERROR}
     * fails it and releases its reservation, {@code PENDING}/{@code UNDEFINED} keep it pending and have it asked
     * again later. A refund already succeeded or failed is left alone, so settling twice changes nothing.
     */
    public Refund settle(String refundId, OperationResult result, EventSource source) {
        return unitOfWork.run(() -> apply(refundId, result, source));
    }

    private Refund apply(String refundId, OperationResult result, EventSource source) {
        Refund refund = payments.refund(refundId);
        if (refund == null) {
            return null;
        }
        // under the payment's row lock, as the refund was reserved: concurrent settles of one payment's refunds queue
        // up and each reads what the one before committed (on H2, without it, two concurrent settles once both moved
        // the payment from SUCCESSFUL and one refund's amount stayed pending; why its version check let that through
        // is not known — H2 itself re-checks a versioned update after a lock wait)
        Payment payment = payments.forUpdate(refund.paymentId());
        em.refresh(refund);
        if (refund.status() != RefundStatus.PENDING) {
            return refund;
        }
        Instant now = clock.instant();
        switch (result.kind()) {
            case PROCESSED -> {
                refund.succeeded(result.gatewayReference(), now);
                history.record(payment, payment.refundSucceeded(refund.amount(), now), source,
                        "refund " + refund.id() + " of " + refund.amount() + " succeeded", null, now);
                settled.fire(new RefundSettled(refund.id()));
            }
            case ERROR -> {
                refund.failed(result.message(), now);
                payment.refundFailed(refund.amount(), now);
                settled.fire(new RefundSettled(refund.id()));
            }
            case PENDING, UNDEFINED -> {
                refund.awaitingGateway(result.gatewayReference(), now);
                awaiting.fire(new RefundAwaitingGateway(refund.id(), now));
            }
        }
        em.flush();
        return refund;
    }
}
