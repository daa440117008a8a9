package io.paymenthub.card;

import io.paymenthub.gateway.spi.PaymentLookup;
import io.paymenthub.payment.Payment;
import io.paymenthub.payment.control.PaymentRepository;
import io.paymenthub.transaction.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.Predicate;

/**
 * Keeps the cards customers paid with (the gateway's card id and the masked PAN), per app and customer, and lists
 * them. A mask that shows more than the first six and last four digits is refused: it could be a card number.
 */
@ApplicationScoped
public class SavedCards {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    PaymentRepository payments;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /**
     * Keeps the card of the payment {@code lookup} names, when that payment has a customer; once per card.
     * {@code accountOf} names the account the gateway kept it under, from the payment's app and customer id.
     */
    public Optional<SavedCard> keep(String gateway, PaymentLookup lookup, String gatewayCardId, String cardMask,
                                    BinaryOperator<String> accountOf) {
        return keep(gateway, lookup, gatewayCardId, cardMask, accountOf, payment -> true);
    }

    /**
     * As {@link #keep}, only when the payment was created with {@code saveCard} (the payer agreed to have it kept),
     * for a gateway whose card token is its own account: BeGateway's.
     */
    public Optional<SavedCard> keepAsked(String gateway, PaymentLookup lookup, String cardToken, String cardMask) {
        return keep(gateway, lookup, cardToken, cardMask, (app, customer) -> null, Payment::saveCard);
    }

    private Optional<SavedCard> keep(String gateway, PaymentLookup lookup, String gatewayCardId, String cardMask,
                                     BinaryOperator<String> accountOf, Predicate<Payment> wanted) {
        if (gatewayCardId == null || gatewayCardId.isBlank() || gatewayCardId.length() > 200 || !isMasked(cardMask)) {
            return Optional.empty();
        }
        return unitOfWork.run(() -> {
            Optional<Payment> payment = payments.find(gateway, lookup).filter(p -> p.customerId() != null)
                    .filter(wanted);
            if (payment.isEmpty()) {
                return Optional.<SavedCard>empty();
            }
            String appId = payment.get().appId();
            String customerId = payment.get().customerId();
            Optional<SavedCard> known = em.createQuery("select c from SavedCard c where c.appId = :app"
                            + " and c.customerId = :customer and c.gateway = :gateway and c.gatewayCardId = :card",
                            SavedCard.class)
                    .setParameter("app", appId).setParameter("customer", customerId).setParameter("gateway", gateway)
                    .setParameter("card", gatewayCardId).getResultStream().findFirst();
            if (known.isPresent()) {
                return known;
            }
            SavedCard card = new SavedCard("card_" + HexFormat.of().formatHex(randomBytes()), appId, customerId,
                    gateway, gatewayCardId, accountOf.apply(appId, customerId), cardMask, clock.instant());
            em.persist(card);
            em.flush();
            return Optional.of(card);
        });
    }

    /** The saved card {@code savedCardId}, when it belongs to this app's customer at this gateway; else empty. */
    public Optional<SavedCard> owned(String appId, String customerId, String gateway, String savedCardId) {
        if (appId == null || customerId == null || savedCardId == null) {
            return Optional.empty();
        }
        return ofApp(appId, gateway, savedCardId).filter(card -> card.customerId().equals(customerId));
    }

    /** The saved card {@code savedCardId}, when this app saved it at this gateway (for any customer); else empty. */
    public Optional<SavedCard> ofApp(String appId, String gateway, String savedCardId) {
        if (appId == null || savedCardId == null) {
            return Optional.empty();
        }
        return unitOfWork.run(() -> Optional.ofNullable(em.find(SavedCard.class, savedCardId))
                .filter(card -> card.appId().equals(appId) && card.gateway().equals(gateway)));
    }

    /** True when another app than {@code appId} saved the card {@code gatewayCardId} at {@code gateway}. */
    public boolean savedByAnotherApp(String appId, String gateway, String gatewayCardId) {
        return unitOfWork.run(() -> !em.createQuery("select c.id from SavedCard c where c.gateway = :gateway"
                        + " and c.gatewayCardId = :card and c.appId <> :app", String.class)
                .setParameter("gateway", gateway).setParameter("card", gatewayCardId).setParameter("app", appId)
                .setMaxResults(1).getResultList().isEmpty());
    }

    public List<SavedCard> of(String appId, String customerId) {
        return unitOfWork.run(() -> em.createQuery("select c from SavedCard c where c.appId = :app"
                        + " and c.customerId = :customer order by c.createdAt desc, c.id", SavedCard.class)
                .setParameter("app", appId).setParameter("customer", customerId).getResultList());
    }

    /** At most the first six and the last four digits visible, and some hidden. */
    static boolean isMasked(String cardMask) {
        if (cardMask == null || cardMask.length() > 32) {
            return false;
        }
        long digits = cardMask.chars().filter(Character::isDigit).count();
        return digits <= 10 && cardMask.chars().anyMatch(c -> c == '*' || c == 'X' || c == 'x' || c == '.');
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
