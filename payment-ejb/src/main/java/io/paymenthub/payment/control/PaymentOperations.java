package io.paymenthub.payment.control;

import io.paymenthub.gateway.GatewayRegistry;
import io.paymenthub.gateway.spi.OperationResult;
import io.paymenthub.gateway.spi.PaymentSnapshot;
import io.paymenthub.gateway.spi.ResultKind;
import io.paymenthub.money.Money;
import io.paymenthub.payment.EventSource;
import io.paymenthub.payment.Payment;
import io.paymenthub.payment.PaymentStatus;
import io.paymenthub.payment.Transition;
import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import io.paymenthub.transaction.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * The merchant's operations on an existing payment: capture and cancel. Each checks the payment under a row
 * lock, asks the gateway outside any transaction, then records the gateway's answer.
 */
@ApplicationScoped
public class PaymentOperations {

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

    @PersistenceContext
    EntityManager em;

    /**
     * Captures an authorized payment, all of it when {@code amount} is null. The amount is stored before the
     * gateway is asked, so a webhook or poll that reports the capture first — or instead of its answer, after a
     * timeout — records what was captured, not the whole authorization. A capture whose outcome stays unknown
     * (timeout, 5xx) stays outstanding: a retry is refused ({@code 409}) until a report or the janitor's poll
     * settles it, so that the gateway is never asked to capture twice.
     */
    public Payment capture(String appId, String paymentId, Long amount) {
        record Request(PaymentSnapshot payment, Money amount) {
        }
        Request request = unitOfWork.run(() -> {
            Payment payment = payments.ofAppForUpdate(appId, paymentId);
            Money requested = amount == null ? payment.amount() : Money.of(amount, payment.amount().currency());
            gateways.adapter(payment.gateway()).validateCapture(PaymentSnapshots.of(payment), requested);
            payment.captureRequested(requested, clock.instant());
            return new Request(PaymentSnapshots.of(payment), requested);
        });
        OperationResult result = gateways.adapter(request.payment().gateway()).capture(request.payment(), request.amount());
        return unitOfWorkThenCheck(() -> {
            Payment payment = payments.ofApp(appId, paymentId);
            Instant now = clock.instant();
            if (result.kind() == ResultKind.PROCESSED && payment.status() == PaymentStatus.AUTHORIZED) {
                history.record(payment, payment.captured(request.amount(), now), EventSource.API,
                        "captured " + request.amount(), null, now);
            } else {
                if (result.kind() == ResultKind.ERROR) {
                    payment.captureRefused(now);
                }
                recordUnapplied(payment, PaymentStatus.SUCCESSFUL, "capture " + describe(result), now);
            }
            em.flush();
            return payment;
        }, result, "capture");
    }

    /**
     * Voids an authorization at the gateway, or abandons a checkout that was never paid. A void whose outcome
     * is unknown stays outstanding: no capture is sent until it is settled.
     */
    public Payment cancel(String appId, String paymentId) {
        PaymentSnapshot snapshot = unitOfWork.run(() -> {
            Payment payment = payments.ofAppForUpdate(appId, paymentId);
            payment.voidRequested(clock.instant());
            return PaymentSnapshots.of(payment);
        });
        OperationResult result = gateways.adapter(snapshot.gateway()).cancel(snapshot);
        return unitOfWorkThenCheck(() -> {
            Payment payment = payments.ofApp(appId, paymentId);
            Instant now = clock.instant();
            boolean voided = result.kind() == ResultKind.PROCESSED;
            boolean abandoned = snapshot.status() != PaymentStatus.AUTHORIZED && result.kind() != ResultKind.ERROR;
            if ((voided || abandoned) && payment.status().canMoveTo(PaymentStatus.CANCELLED)) {
                history.record(payment, payment.cancelled(now), EventSource.API, "cancelled", null, now);
            } else {
                if (result.kind() == ResultKind.ERROR) {
                    payment.voidRefused(now);
                }
                recordUnapplied(payment, PaymentStatus.CANCELLED, "cancel " + describe(result), now);
            }
            em.flush();
            return payment;
        }, result, "cancel");
    }

    private void recordUnapplied(Payment payment, PaymentStatus wanted, String detail, Instant now) {
        history.record(payment, new Transition(payment.status(), wanted, Transition.Outcome.REFUSED), EventSource.API,
                detail, null, now);
    }

    /** Runs the recording step, then turns a refusal by the gateway into the caller's problem. */
    private Payment unitOfWorkThenCheck(java.util.function.Supplier<Payment> work, OperationResult result,
                                        String operation) {
        Payment payment = unitOfWork.run(work);
        if (result.kind() == ResultKind.ERROR) {
            throw new HubException(ProblemCode.GATEWAY_REFUSED,
                    "The gateway refused the " + operation + ": " + result.message(),
                    Map.of("paymentId", payment.id()));
        }
        return payment;
    }

    private static String describe(OperationResult result) {
        return result.kind().name().toLowerCase(java.util.Locale.ROOT)
                + (result.message() == null ? "" : ": " + result.message());
    }
}
