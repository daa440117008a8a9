package io.paymenthub.payment.control;

import io.paymenthub.fulfilment.Fulfilments;
import io.paymenthub.gateway.GatewayRegistry;
import io.paymenthub.gateway.spi.CheckoutResult;
import io.paymenthub.gateway.spi.GatewayAdapter;
import io.paymenthub.gateway.spi.ResultKind;
import io.paymenthub.gateway.spi.StatusReport;
import io.paymenthub.payment.CaptureMode;
import io.paymenthub.payment.EventSource;
import io.paymenthub.payment.NewPayment;
import io.paymenthub.payment.Payment;
import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import io.paymenthub.transaction.SharedTransactions;
import io.paymenthub.transaction.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Creating payments and reading them. A gateway is called only between transactions: the payment is stored
 * first, the checkout opened, and its outcome stored after — so nothing is half-made and no database
 * connection waits on a gateway.
 */
@ApplicationScoped
public class PaymentService {

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    SharedTransactions shared;

    @Inject
    GatewayRegistry gateways;

    @Inject
    PaymentRepository payments;

    @Inject
    PaymentHistory history;

    @Inject
    GatewayReports reports;

    @Inject
    UrlPolicy urls;

    @Inject
    Fulfilments fulfilments;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /**
     * Creates the payment and opens its checkout at the gateway.
     *
     * @throws HubException {@code gateway_refused} when the gateway refused (the payment is left {@code ERROR}),
     *                      {@code gateway_unavailable} when it could not be reached (left {@code CREATED})
     */
    public Payment create(NewPayment request) {
        return create(request, () -> {
        }, opened -> {
        });
    }

    /**
     * As {@link #create(NewPayment)}. {@code firstStep} runs first in the transaction that stores the payment, before
     * anything is stored (the request's idempotency key is claimed there), and {@code whenOpened} in the one that
     * records the opened checkout, the last one (the caller's answer can commit with it); each again when its
     * transaction runs again.
     */
    public Payment create(NewPayment request, Runnable firstStep, Consumer<Payment> whenOpened) {
        return create(request, firstStep, stored -> {
        }, whenOpened);
    }

    /**
     * As {@link #create(NewPayment, Runnable, Consumer)}; {@code whenStored} runs in the transaction that stores the
     * payment, after it (rows that refer to the payment commit with it, or neither does).
     */
    public Payment create(NewPayment request, Runnable firstStep, Consumer<Payment> whenStored,
                          Consumer<Payment> whenOpened) {
        GatewayAdapter adapter = gateways.adapter(request.gateway());
        urls.checkReturnUrl(request.returnUrl());
        urls.checkNotifyUrl(request.notifyUrl());
        Instant createdAt = clock.instant();
        boolean testMode = adapter.isTestMode();
        if (request.captureMode() == CaptureMode.TOKENIZATION && !adapter.supportsTokenization()) {
            throw new HubException(ProblemCode.INVALID_REQUEST, "The gateway " + request.gateway()
                    + " has no tokenization checkouts", java.util.Map.of("field", "capture"));
        }
        adapter.validate(PaymentSnapshots.of(new Payment(request, testMode, createdAt)));

        // a new payment runs first in its shared transaction: its row is inserted before the rows that refer to it
        JustStored stored = new JustStored(shared.run(Flushing.shareableCreation(unitOfWork,
                flushing -> {
                    firstStep.run();
                    Payment payment = store(new Payment(request, testMode, createdAt), flushing);
                    whenStored.accept(payment);
                    return payment;
                })));
        CheckoutResult checkout = adapter.createCheckout(PaymentSnapshots.of(stored.payment));
        Payment payment = shared.run(Flushing.shareable(unitOfWork,
                flushing -> recordCheckout(stored.take(), checkout, whenOpened, flushing)));
        if (checkout.kind() == ResultKind.ERROR) {
            throw new HubException(ProblemCode.GATEWAY_REFUSED, "The gateway refused the payment: " + checkout.message(),
                    Map.of("paymentId", payment.id(), "paymentStatus", payment.status().name()));
        }
        if (checkout.kind() == ResultKind.UNDEFINED) {
            throw new HubException(ProblemCode.GATEWAY_UNAVAILABLE,
                    "The gateway could not be reached: " + checkout.message(),
                    Map.of("paymentId", payment.id(), "paymentStatus", payment.status().name()));
        }
        return payment;
    }

    /** A new payment each time: one whose shared transaction rolled back is not persisted again. */
    private Payment store(Payment draft, Flushing flushing) {
        em.persist(draft);
        history.created(draft);
        flushing.flush(em);
        return draft;
    }

    private Payment recordCheckout(Payment payment, CheckoutResult checkout, Consumer<Payment> whenOpened,
                                   Flushing flushing) {
        Instant now = clock.instant();
        switch (checkout.kind()) {
            case PROCESSED, PENDING -> history.record(payment,
                    payment.checkoutOpened(checkout.checkout(), checkout.gatewayUid(), checkout.gatewayReference(), now),
                    EventSource.API, "checkout opened", null, now, flushing);
            case ERROR -> history.record(payment, payment.checkoutRefused(checkout.message(), now), EventSource.API,
                    "checkout refused: " + checkout.message(), null, now, flushing);
            case UNDEFINED -> payment.gatewayUnreachable(checkout.message(), now);
        }
        flushing.flush(em);
        if (checkout.kind() == ResultKind.PROCESSED || checkout.kind() == ResultKind.PENDING) {
            whenOpened.accept(payment);
        }
        return payment;
    }

    public Payment get(String appId, String paymentId) {
        return unitOfWork.run(() -> payments.ofApp(appId, paymentId));
    }

    /** The payment with its history, its refunds and when it was fulfilled. */
    public PaymentDetails details(String appId, String paymentId) {
        return unitOfWork.run(() -> {
            Payment payment = payments.ofApp(appId, paymentId);
            return new PaymentDetails(payment, payments.history(payment), payments.refunds(paymentId),
                    fulfilments.fulfilledAt(paymentId).orElse(null));
        });
    }

    public java.util.List<Payment> list(String appId, PaymentRepository.PaymentFilter filter, PageCursor after,
                                        int limit) {
        return unitOfWork.run(() -> payments.page(appId, filter, after, limit));
    }

    /** Asks the gateway for the payment's current status first, when it is not final. */
    public Payment refresh(String appId, String paymentId) {
        Payment payment = get(appId, paymentId);
        if (payment.status().isFinal()) {
            return payment;
        }
        StatusReport report = gateways.adapter(payment.gateway()).queryStatus(PaymentSnapshots.of(payment));
        if (report.isKnown()) {
            reports.apply(payment.gateway(), report.about(payment.token()), EventSource.POLL, null);
        }
        return get(appId, paymentId);
    }

    /**
     * The payment a request's creation stored, for the request's next transaction: its first attempt takes the
     * payment as it was stored, without reading it again ({@link PaymentRepository#reattach}); a later attempt —
     * after one that rolled back, which may have changed it or met a change made meanwhile — reads it.
     */
    private final class JustStored {

        /** As stored; the transaction that stored it has ended, so no thread changes it before {@link #take}. */
        final Payment payment;
        private volatile boolean taken;

        JustStored(Payment payment) {
            this.payment = payment;
        }

        Payment take() {
            if (taken) {
                return em.find(Payment.class, payment.id());
            }
            taken = true;
            return payments.reattach(payment);
        }
    }
}
