package io.paymenthub.wallet.control;

import io.paymenthub.fulfilment.PaymentFulfilled;
import io.paymenthub.payment.Payment;
import io.paymenthub.payment.PaymentRecorded;
import io.paymenthub.wallet.TransactionStatus;
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
 * allows, recording what it could not. Credits come only from a purchase {@link WalletService#purchase} recorded
 * with its payment, and only when that payment was paid in full: a payment's reference or metadata buys nothing.
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
        Optional<WalletTransaction> purchase = purchaseOf(payment);
        if (purchase.isEmpty()) {
            return;
        }
        if (!creditable(payment, purchase.get())) {
            LOG.warnf("Payment %s of purchase %s: %s captured of %s, %s credits not granted", payment.id(),
                    purchase.get().id(), payment.captured(), payment.amount(), purchase.get().credits());
            return;
        }
        Wallet wallet = wallets.locked(purchase.get().walletId());
        purchase.get().completed(fulfilled.at());
        wallet.credit(purchase.get().credits(), fulfilled.at());
    }

    void recorded(@Observes PaymentRecorded recorded) {
        Payment payment = recorded.payment();
        if (!payment.status().isPaid() || payment.refunded().isZero()) {
            return;
        }
        purchaseOf(payment).filter(purchase -> purchase.status() == TransactionStatus.COMPLETED)
                .ifPresent(purchase -> takeBack(wallets.locked(purchase.walletId()), purchase, payment, recorded.at()));
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

    /**
     * The purchase recorded with this payment. Only a purchase's payment carries the (reserved) wallet metadata key,
     * so every other payment is passed over without a query.
     */
    private Optional<WalletTransaction> purchaseOf(Payment payment) {
        if (!payment.metadata().containsKey(WalletService.USER_METADATA)) {
            return Optional.empty();
        }
        Optional<WalletTransaction> purchase = wallets.purchaseOf(payment.id());
        if (purchase.isEmpty()) {
            LOG.warnf("Payment %s names a wallet but no purchase recorded it: no credits", payment.id());
        }
        return purchase;
    }

    /** A pending purchase whose payment captured all of its price, the price of its credits, in its currency. */
    static boolean creditable(Payment payment, WalletTransaction purchase) {
        return purchase.status() == TransactionStatus.PENDING && payment.captured().equals(payment.amount())
                && payment.id().equals(purchase.paymentId());
    }
}
