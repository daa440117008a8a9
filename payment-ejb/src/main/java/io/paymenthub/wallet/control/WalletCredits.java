package io.paymenthub.wallet.control;

import io.paymenthub.fulfilment.PaymentFulfilled;
import io.paymenthub.payment.Payment;
import io.paymenthub.payment.PaymentRecorded;
import io.paymenthub.wallet.Wallet;
import io.paymenthub.wallet.WalletTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Turns purchases' payments into credits, inside the transaction that changed the payment: a fulfilled purchase
 * becomes balance (once: fulfilment happens once), a refunded one takes its credits back as far as the balance
 * allows, recording what it could not.
 */
@ApplicationScoped
public class WalletCredits {

    private static final Logger LOG = Logger.getLogger(WalletCredits.class);

    @Inject
    Wallets wallets;

    @PersistenceContext
    EntityManager em;

    void fulfilled(@Observes PaymentFulfilled fulfilled) {
        Payment payment = em.find(Payment.class, fulfilled.paymentId());
        Optional<Long> credits = creditsOf(payment);
        if (credits.isEmpty()) {
            return;
        }
        Wallet wallet = walletOf(payment);
        WalletTransaction purchase = wallets.purchaseOf(payment.id()).orElseGet(() -> {
            WalletTransaction recorded = WalletTransaction.purchase(wallet.id(), credits.get(), payment.id(),
                    fulfilled.at());
            em.persist(recorded);
            return recorded;
        });
        purchase.completed(fulfilled.at());
        wallet.credit(purchase.credits(), fulfilled.at());
    }

    void recorded(@Observes PaymentRecorded recorded) {
        Payment payment = recorded.payment();
        if (!payment.status().isPaid() || payment.refunded().isZero() || creditsOf(payment).isEmpty()) {
            return;
        }
        Wallet wallet = walletOf(payment);
        wallets.purchaseOf(payment.id()).ifPresent(purchase -> takeBack(wallet, purchase, payment, recorded.at()));
    }

    private void takeBack(Wallet wallet, WalletTransaction purchase, Payment payment, Instant now) {
        long claim = purchase.claimRefunded(payment.refunded().minor(), payment.captured().minor(), now);
        if (claim > 0) {
            long taken = wallet.takeBack(claim, now);
            em.persist(WalletTransaction.refund(wallet.id(), claim, taken, payment.id(), now));
            if (taken < claim) {
                LOG.infof("Refund of %s: %d of %d credits could not be taken back from wallet %s (already spent)",
                        payment.id(), claim - taken, claim, wallet.id());
            }
        }
    }

    private Wallet walletOf(Payment payment) {
        String userId = payment.metadata().get(WalletService.USER_METADATA);
        return wallets.locked(payment.appId(), userId).orElseGet(() -> {
            Wallet created = new Wallet(payment.appId(), userId, payment.amount().currency(), payment.createdAt());
            em.persist(created);
            return created;
        });
    }

    /** The credits a purchase's payment buys: its reference {@code credits:N}, when it names a wallet user. */
    static Optional<Long> creditsOf(Payment payment) {
        String reference = payment.reference();
        if (payment.metadata().get(WalletService.USER_METADATA) == null || reference == null
                || !reference.matches("credits:[1-9]\\d{0,15}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(reference.substring("credits:".length())));
    }
}
