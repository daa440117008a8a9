package io.paymenthub.wallet.control;

import io.paymenthub.transaction.UnitOfWork;
import io.paymenthub.wallet.TransactionType;
import io.paymenthub.wallet.Wallet;
import io.paymenthub.wallet.WalletTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.Optional;

/** Finds wallets (optionally holding their row lock) and creates one on first use. */
@ApplicationScoped
public class Wallets {

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    CreditPrice price;

    @Inject
    Clock clock;

    public Optional<Wallet> find(String appId, String userId) {
        return first(byOwner(appId, userId));
    }

    /** The wallet, its row locked until the transaction ends. */
    public Optional<Wallet> locked(String appId, String userId) {
        return byOwner(appId, userId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    /**
     * The wallet's id, the wallet created in a transaction of its own when missing; two concurrent first uses
     * meet on the unique owner key.
     */
    public String ensure(String appId, String userId) {
        try {
            return unitOfWork.run(() -> find(appId, userId).orElseGet(() -> {
                Wallet created = new Wallet(appId, userId, price.currency(), clock.instant());
                em.persist(created);
                em.flush();
                return created;
            }).id());
        } catch (RuntimeException e) {
            return unitOfWork.run(() -> find(appId, userId)).map(Wallet::id).orElseThrow(() -> e);
        }
    }

    /** The wallet with this id, its row locked until the transaction ends. */
    public Wallet locked(String walletId) {
        return em.find(Wallet.class, walletId, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<WalletTransaction> purchaseOf(String paymentId) {
        return first(em.createQuery("select t from WalletTransaction t where t.paymentId = :payment and t.type = :type",
                        WalletTransaction.class)
                .setParameter("payment", paymentId).setParameter("type", TransactionType.PURCHASE));
    }

    private TypedQuery<Wallet> byOwner(String appId, String userId) {
        return em.createQuery("select w from Wallet w where w.appId = :app and w.userId = :user", Wallet.class)
                .setParameter("app", appId).setParameter("user", userId);
    }

    private static <T> Optional<T> first(TypedQuery<T> query) {
        return query.setMaxResults(1).getResultStream().findFirst();
    }
}
