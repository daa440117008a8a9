package io.paymenthub.reconciliation.control;

import io.paymenthub.gateway.GatewayRegistry;
import io.paymenthub.gateway.spi.OperationResult;
import io.paymenthub.gateway.spi.PaymentSnapshot;
import io.paymenthub.gateway.spi.RefundSnapshot;
import io.paymenthub.gateway.spi.StatusReport;
import io.paymenthub.payment.EventSource;
import io.paymenthub.payment.Payment;
import io.paymenthub.payment.PaymentLifetimes;
import io.paymenthub.payment.PaymentStatus;
import io.paymenthub.payment.Refund;
import io.paymenthub.payment.RefundStatus;
import io.paymenthub.payment.control.ExpiredAuthorizations;
import io.paymenthub.payment.control.GatewayReports;
import io.paymenthub.payment.control.PaymentHistory;
import io.paymenthub.payment.control.PaymentSnapshots;
import io.paymenthub.payment.control.RefundService;
import io.paymenthub.payout.Payout;
import io.paymenthub.payout.control.PayoutSettling;
import io.paymenthub.reconciliation.PaymentCheck;
import io.paymenthub.transaction.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * One reconciliation round of one runner: deletes the due checks of payments that became final since, claims the
 * other due payment checks one by one (a conditional update that only
 * one runner, on any node, can win), asks the gateway outside any transaction, applies a known answer that differs
 * from the payment's status as a poll,
 * expires a payment past its checkout's lifetime, voids an authorization past its own (then expires it), and
 * schedules the next check with backoff. Refunds left pending at
 * their gateway get the same: claimed, asked outside any transaction, settled by {@link RefundService#settle}
 * when the gateway knows, asked again with backoff when it does not; so do payouts whose outcome is open
 * ({@link PayoutSettling#reconcile}).
 */
@ApplicationScoped
public class Janitor {

    private static final Logger LOG = Logger.getLogger(Janitor.class);
    static final int BATCH = 20;
    static final Duration LEASE = Duration.ofMinutes(5);

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    GatewayRegistry gateways;

    @Inject
    GatewayReports reports;

    @Inject
    PaymentHistory history;

    @Inject
    RefundService refunds;

    @Inject
    PayoutSettling payouts;

    @Inject
    ExpiredAuthorizations authorizations;

    @Inject
    ReconcileSettings settings;

    @Inject
    CheckScheduler checks;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /**
     * Checks due payments, then due refunds and payouts. Returns the largest of the counts, so a full batch of either
     * has the timer run another round at once.
     */
    public int runRound(String runner) {
        return Math.max(runPaymentRound(runner), Math.max(runRefundRound(runner), runPayoutRound(runner)));
    }

    private int runPaymentRound(String runner) {
        unitOfWork.run(() -> checks.forgetFinal(clock.instant()));
        List<String> due = unitOfWork.run(() -> em.createQuery("select c.paymentId from PaymentCheck c"
                        + " where c.nextCheckAt <= :now and (c.claimedUntil is null or c.claimedUntil < :now)"
                        + " order by c.nextCheckAt", String.class)
                .setParameter("now", clock.instant()).setMaxResults(BATCH).getResultList());
        int checked = 0;
        for (String paymentId : due) {
            if (claim(paymentId, runner)) {
                check(paymentId);
                checked++;
            }
        }
        return checked;
    }

    private boolean claim(String paymentId, String runner) {
        return unitOfWork.run(() -> {
            Instant now = clock.instant();
            return em.createQuery("update PaymentCheck c set c.claimedUntil = :until, c.claimedBy = :runner"
                            + " where c.paymentId = :id and c.nextCheckAt <= :now"
                            + " and (c.claimedUntil is null or c.claimedUntil < :now)")
                    .setParameter("until", now.plus(LEASE)).setParameter("runner", runner)
                    .setParameter("id", paymentId).setParameter("now", now).executeUpdate() == 1;
        });
    }

    private void check(String paymentId) {
        PaymentSnapshot open = unitOfWork.run(() -> {
            Payment payment = em.find(Payment.class, paymentId);
            return payment == null || payment.status().isFinal() ? null : PaymentSnapshots.of(payment);
        });
        if (open != null) {
            Instant asked = clock.instant();
            StatusReport report = ask(open);
            if (open.status() == PaymentStatus.AUTHORIZED) {
                if (report != null && report.isKnown() && report.status() == PaymentStatus.AUTHORIZED) {
                    stillAuthorized(open, asked);
                }
                voidIfExpired(open);
            }
        }
        unitOfWork.run(() -> afterCheck(paymentId));
    }

    /** The gateway's answer, applied when it differs from the payment's status; null when it could not be had. */
    private StatusReport ask(PaymentSnapshot payment) {
        try {
            StatusReport report = gateways.adapter(payment.gateway()).queryStatus(payment);
            if (report.isKnown() && report.status() != payment.status()) {
                reports.apply(payment.gateway(), report.about(payment.token()), EventSource.POLL, null);
            }
            return report;
        } catch (RuntimeException e) {
            LOG.warnf("Reconciliation of %s at %s failed, checked again later: %s", payment.id(), payment.gateway(), e);
            return null;
        }
    }

    /**
     * The gateway, asked at {@code asked}, holds the authorization neither captured nor voided: a capture or void
     * sent at least the schedule's grace before (time for the gateway to record it) did not happen, and the
     * merchant may ask again. One sent later is left for a next check.
     */
    private void stillAuthorized(PaymentSnapshot payment, Instant asked) {
        try {
            reports.stillAuthorized(payment.id(), asked.minus(settings.schedule().grace()));
        } catch (RuntimeException e) {
            LOG.warnf("Settling %s's outstanding capture or void failed, checked again later: %s", payment.id(), e);
        }
    }

    private void voidIfExpired(PaymentSnapshot payment) {
        try {
            authorizations.voidIfExpired(payment.id());
        } catch (RuntimeException e) {
            LOG.warnf("Void of %s's expired authorization at %s failed, tried again later: %s", payment.id(),
                    payment.gateway(), e);
        }
    }

    private Void afterCheck(String paymentId) {
        Payment payment = em.find(Payment.class, paymentId);
        PaymentCheck check = em.find(PaymentCheck.class, paymentId);
        Instant now = clock.instant();
        CheckSchedule schedule = settings.schedule();
        if (payment != null && settings.lifetimes().ending(payment.status(), payment.createdAt(), now)
                == PaymentLifetimes.Ending.EXPIRE) {
            history.record(payment, payment.expire(now), EventSource.TIMER,
                    "expired: nothing final at the gateway within the time to live", null, now);
        }
        if (payment == null || payment.status().isFinal()) {
            checks.forget(paymentId);
        } else if (check != null) {
            em.createQuery("update PaymentCheck c set c.checks = c.checks + 1, c.nextCheckAt = :next,"
                            + " c.claimedUntil = null, c.claimedBy = null where c.paymentId = :id")
                    .setParameter("next", schedule.next(check.checks() + 1, now)).setParameter("id", paymentId)
                    .executeUpdate();
        }
        em.flush();
        return null;
    }

    // Refunds left pending at their gateway, and payouts whose outcome is open: the same claims and backoff, on
    // refund_check and payout_check.

    private int runOperationRound(CheckClaims table, String runner, java.util.function.Consumer<String> check,
                                  java.util.function.Predicate<String> settled) {
        List<String> due = unitOfWork.run(() -> table.due(em, clock.instant(), BATCH));
        int checked = 0;
        for (String id : due) {
            if (unitOfWork.run(() -> table.claim(em, id, runner, clock.instant(), LEASE))) {
                check.accept(id);
                unitOfWork.run(() -> {
                    table.afterCheck(em, id, settled.test(id), settings.schedule(), clock.instant());
                    em.flush();
                    return null;
                });
                checked++;
            }
        }
        return checked;
    }

    private int runRefundRound(String runner) {
        return runOperationRound(CheckClaims.REFUNDS, runner, this::checkRefund, refundId -> {
            Refund refund = em.find(Refund.class, refundId);
            return refund == null || refund.status() != RefundStatus.PENDING;
        });
    }

    private void checkRefund(String refundId) {
        record Open(PaymentSnapshot payment, RefundSnapshot refund) {
        }
        Open open = unitOfWork.run(() -> {
            Refund refund = em.find(Refund.class, refundId);
            Payment payment = refund == null ? null : em.find(Payment.class, refund.paymentId());
            return payment == null || refund.status() != RefundStatus.PENDING ? null
                    : new Open(PaymentSnapshots.of(payment), new RefundSnapshot(refund.id(), refund.amount(),
                    refund.gatewayReference(), refund.createdAt()));
        });
        if (open != null) {
            try {
                OperationResult result = gateways.adapter(open.payment().gateway())
                        .queryRefund(open.payment(), open.refund());
                refunds.settle(refundId, result, EventSource.POLL);
            } catch (RuntimeException e) {
                LOG.warnf("Reconciliation of refund %s at %s failed, checked again later: %s", refundId,
                        open.payment().gateway(), e);
            }
        }
    }

    private int runPayoutRound(String runner) {
        return runOperationRound(CheckClaims.PAYOUTS, runner, this::checkPayout, payoutId -> {
            Payout payout = em.find(Payout.class, payoutId);
            return payout == null || payout.status().isFinal();
        });
    }

    private void checkPayout(String payoutId) {
        try {
            payouts.reconcile(payoutId);
        } catch (RuntimeException e) {
            LOG.warnf("Reconciliation of payout %s failed, checked again later: %s", payoutId, e);
        }
    }
}
