package io.paymenthub.payout.control;

import io.paymenthub.card.SavedCard;
import io.paymenthub.card.SavedCards;
import io.paymenthub.gateway.GatewayRegistry;
import io.paymenthub.gateway.spi.GatewayAdapter;
import io.paymenthub.gateway.spi.OperationResult;
import io.paymenthub.gateway.spi.PayoutSnapshot;
import io.paymenthub.gateway.spi.ResultKind;
import io.paymenthub.idempotency.IdempotencyStore;
import io.paymenthub.payout.NewPayout;
import io.paymenthub.payout.Payout;
import io.paymenthub.payment.control.UrlPolicy;
import io.paymenthub.payout.PayoutSent;
import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import io.paymenthub.transaction.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Sends payouts. The payout is stored {@code PENDING}, its idempotency key bound to it and its janitor check
 * scheduled, in one transaction committed before the gateway is called; then it is sent once and settled by the
 * answer ({@link PayoutSettling}). Whatever happens after the commit — a timeout, a 5xx, a crash — the payout stays
 * for the janitor to ask about, and no retry of the request sends it again.
 */
@ApplicationScoped
public class PayoutService {

    /** How a payout is named as an idempotency key's operation: this prefix and its id. */
    public static final String OPERATION = "payout:";
    private static final Logger LOG = Logger.getLogger(PayoutService.class);

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    GatewayRegistry gateways;

    @Inject
    SavedCards cards;

    @Inject
    UrlPolicy urls;

    @Inject
    IdempotencyStore idempotency;

    @Inject
    PayoutSettling settling;

    @Inject
    Event<PayoutSent> sent;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /**
     * Sends the payout. {@code idempotencyRecord}: the request's claimed {@code Idempotency-Key}, null when it sent
     * none.
     *
     * @throws HubException {@code unknown_gateway}, {@code payouts_not_supported}, {@code invalid_url}, or
     *                      {@code invalid_request} for a recipient that is not the app's, before anything is stored
     */
    public Payout send(NewPayout request, Long idempotencyRecord) {
        GatewayAdapter gateway = gateways.adapter(request.gateway());
        if (!gateway.supportsPayouts()) {
            throw new HubException(ProblemCode.PAYOUTS_NOT_SUPPORTED, "The gateway " + request.gateway()
                    + " sends no payouts", Map.of("gateway", request.gateway()));
        }
        urls.checkNotifyUrl(request.notifyUrl());
        Recipient recipient = recipient(request);
        PayoutSnapshot payout = unitOfWork.run(() -> {
            Instant now = clock.instant();
            Payout stored = new Payout(request, recipient.cardMask(), gateway.isTestMode(), now);
            em.persist(stored);
            em.flush();
            if (idempotencyRecord != null) {
                idempotency.reachesGateway(idempotencyRecord, OPERATION + stored.id());
            }
            sent.fire(new PayoutSent(stored.id(), now));
            em.flush();
            return PayoutSettling.snapshot(stored);
        });
        OperationResult result = gateway.payout(payout, recipient.cardToken());
        if (result.kind() == ResultKind.UNDEFINED) {
            LOG.warnf("Payout %s at %s: outcome not known (%s); left to the janitor, never sent again", payout.id(),
                    request.gateway(), result.message());
        }
        return settling.settle(payout.id(), result, true);
    }

    private record Recipient(String cardToken, String cardMask) {
    }

    /**
     * The card token to pay: the app's saved card at the gateway, or the token the merchant gave unless another app
     * saved it. Each refusal says the same, so it tells nothing about other apps' cards.
     */
    private Recipient recipient(NewPayout request) {
        boolean byCard = request.cardId() != null && !request.cardId().isBlank();
        boolean byToken = request.recipientToken() != null && !request.recipientToken().isBlank();
        if (byCard == byToken) {
            throw new HubException(ProblemCode.INVALID_REQUEST, "Name the recipient by cardId or recipientToken",
                    Map.of("field", "cardId"));
        }
        if (byCard) {
            Optional<SavedCard> card = cards.ofApp(request.appId(), request.gateway(), request.cardId());
            return card.map(c -> new Recipient(c.gatewayCardId(), c.cardMask())).orElseThrow(() -> notTheApps(request));
        }
        if (request.recipientToken().length() > 200
                || cards.savedByAnotherApp(request.appId(), request.gateway(), request.recipientToken())) {
            throw notTheApps(request);
        }
        return new Recipient(request.recipientToken(), null);
    }

    private static HubException notTheApps(NewPayout request) {
        return new HubException(ProblemCode.INVALID_REQUEST, "The recipient is not one of this app's "
                + request.gateway() + " cards", Map.of("field", request.cardId() != null ? "cardId" : "recipientToken"));
    }

    /** @throws HubException {@code not_found} for an unknown payout or another app's */
    public Payout get(String appId, String payoutId) {
        return unitOfWork.run(() -> {
            Payout payout = payoutId == null ? null : em.find(Payout.class, payoutId);
            if (payout == null || !payout.appId().equals(appId)) {
                throw HubException.notFound("Payout " + payoutId);
            }
            return payout;
        });
    }
}
