package io.paymenthub.payment.control;

import io.paymenthub.config.LifetimeSettings;
import io.paymenthub.gateway.GatewayRegistry;
import io.paymenthub.gateway.spi.OperationResult;
import io.paymenthub.gateway.spi.PaymentSnapshot;
import io.paymenthub.gateway.spi.ResultKind;
import io.paymenthub.payment.EventSource;
import io.paymenthub.payment.Payment;
import io.paymenthub.payment.PaymentLifetimes;
import io.paymenthub.payment.PaymentStatus;
import io.paymenthub.payment.Transition;
import io.paymenthub.transaction.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * An authorization past {@code PAYMENT_AUTHORIZATION_TTL_HOURS} is voided at its gateway, so that the payer's money
 * is not held for ever, and only then recorded: {@code EXPIRED} when the gateway voided it. A refused or unknown void
 * changes nothing but the history — the payment stays {@code AUTHORIZED}, the janitor asks the gateway again and
 * tries the void again at its next check (a capture the merchant made meanwhile is found by that query). An
 * authorization whose capture is outstanding is not voided until that capture is settled.
 */
@ApplicationScoped
public class ExpiredAuthorizations {

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    GatewayRegistry gateways;

    @Inject
    PaymentHistory history;

    @Inject
    LifetimeSettings lifetimes;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** Voids the payment's authorization if it outlived its lifetime; nothing otherwise. */
    public void voidIfExpired(String paymentId) {
        PaymentSnapshot expired = unitOfWork.run(() -> {
            Payment payment = em.find(Payment.class, paymentId);
            return payment != null && !payment.captureOutstanding() && lifetimes.lifetimes().ending(payment.status(), payment.createdAt(),
                    clock.instant()) == PaymentLifetimes.Ending.VOID ? PaymentSnapshots.of(payment) : null;
        });
        if (expired == null) {
            return;
        }
        OperationResult result = gateways.adapter(expired.gateway()).cancel(expired);
        unitOfWork.run(() -> record(paymentId, result));
    }

    private Void record(String paymentId, OperationResult result) {
        Payment payment = em.find(Payment.class, paymentId);
        Instant now = clock.instant();
        if (result.kind() == ResultKind.PROCESSED && payment.status() == PaymentStatus.AUTHORIZED) {
            history.record(payment, payment.expire(now), EventSource.TIMER,
                    "authorization expired: voided at the gateway", null, now);
        } else {
            history.record(payment, new Transition(payment.status(), PaymentStatus.EXPIRED, Transition.Outcome.REFUSED),
                    EventSource.TIMER, "authorization expired: void " + result.kind().name().toLowerCase(Locale.ROOT)
                            + (result.message() == null ? "" : ": " + result.message()) + ", tried again later",
                    null, now);
        }
        em.flush();
        return null;
    }
}
