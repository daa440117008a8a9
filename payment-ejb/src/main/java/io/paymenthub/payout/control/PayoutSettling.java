package io.paymenthub.payout.control;

import io.paymenthub.gateway.GatewayRegistry;
import io.paymenthub.gateway.spi.OperationResult;
import io.paymenthub.gateway.spi.PayoutSnapshot;
import io.paymenthub.payout.Payout;
import io.paymenthub.payout.PayoutRecorded;
import io.paymenthub.payout.PayoutSettled;
import io.paymenthub.payout.PayoutStatus;
import io.paymenthub.transaction.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The one rule for a payout's outcome, whoever reports it — the send's own answer, the gateway's webhook, the
 * janitor's query — applied under the payout's row lock, so reports that race queue up and none moves it back.
 */
@ApplicationScoped
public class PayoutSettling {

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    GatewayRegistry gateways;

    @Inject
    Event<PayoutRecorded> recorded;

    @Inject
    Event<PayoutSettled> settled;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /**
     * Where a result takes a payout: processed is {@code SUCCEEDED}, an error {@code FAILED}, pending
     * {@code PENDING}; no answer is {@code UNKNOWN} for the send itself ({@code asSent}) and nothing for a report or
     * a query, which then simply did not tell.
     */
    static Optional<PayoutStatus> target(OperationResult result, boolean asSent) {
        return switch (result.kind()) {
            case PROCESSED -> Optional.of(PayoutStatus.SUCCEEDED);
            case ERROR -> Optional.of(PayoutStatus.FAILED);
            case PENDING -> Optional.of(PayoutStatus.PENDING);
            case UNDEFINED -> asSent ? Optional.of(PayoutStatus.UNKNOWN) : Optional.empty();
        };
    }

    /** Applies {@code result} to the payout, in its own transaction; the payout afterwards (null when unknown). */
    public Payout settle(String payoutId, OperationResult result, boolean asSent) {
        return unitOfWork.run(() -> {
            Payout payout = em.find(Payout.class, payoutId, LockModeType.PESSIMISTIC_WRITE);
            if (payout == null) {
                return null;
            }
            Instant now = clock.instant();
            Optional<PayoutStatus> target = target(result, asSent);
            payout.identifiedAs(result.gatewayReference(), now);
            if (target.isPresent() && payout.moveTo(target.get(), result.message(), now)) {
                recorded.fire(new PayoutRecorded(payout, now));
                if (payout.status().isFinal()) {
                    settled.fire(new PayoutSettled(payout.id()));
                }
            }
            em.flush();
            return payout;
        });
    }

    /** A gateway's verified report of one of its payouts; empty when it names no payout of that gateway. */
    public Optional<Payout> reported(String gateway, String payoutId, OperationResult result) {
        boolean known = unitOfWork.run(() -> Optional.ofNullable(em.find(Payout.class, payoutId))
                .filter(payout -> payout.gateway().equals(gateway)).isPresent());
        return known ? Optional.ofNullable(settle(payoutId, result, false)) : Optional.empty();
    }

    /**
     * Asks the payout's gateway what became of it, outside any transaction, and applies a known answer; the janitor
     * calls it. A payout already final is not asked about.
     */
    public void reconcile(String payoutId) {
        record Open(String gateway, PayoutSnapshot payout) {
        }
        Optional<Open> open = unitOfWork.run(() -> Optional.ofNullable(em.find(Payout.class, payoutId))
                .filter(payout -> !payout.status().isFinal()).map(payout -> new Open(payout.gateway(), snapshot(payout))));
        if (open.isPresent()) {
            settle(payoutId, gateways.adapter(open.get().gateway()).queryPayout(open.get().payout()), false);
        }
    }

    /** The payout once it succeeded or failed; empty while its outcome is open. */
    public Optional<Payout> settled(String payoutId) {
        return unitOfWork.run(() -> Optional.ofNullable(em.find(Payout.class, payoutId))
                .filter(payout -> payout.status().isFinal()));
    }

    static PayoutSnapshot snapshot(Payout payout) {
        return new PayoutSnapshot(payout.id(), payout.appId(), payout.amount(), payout.description(),
                payout.testMode(), payout.gatewayUid(), payout.createdAt());
    }
}
