package io.paymenthub.wallet.control;

import io.paymenthub.payment.CaptureMode;
import io.paymenthub.payment.NewPayment;
import io.paymenthub.payment.Payment;
import io.paymenthub.payment.PaymentStatus;
import io.paymenthub.payment.control.PaymentService;
import io.paymenthub.problem.HubException;
import io.paymenthub.transaction.UnitOfWork;
import io.paymenthub.wallet.TransactionStatus;
import io.paymenthub.wallet.TransactionType;
import io.paymenthub.wallet.Wallet;
import io.paymenthub.wallet.WalletTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Buying, spending and reading credits. Every change of a balance holds the wallet's row lock, so concurrent
 * spends queue up and the balance stays exact; the purchase itself is an ordinary payment, credited by
 * {@link WalletCredits} when it is fulfilled.
 */
@ApplicationScoped
public class WalletService {

    /**
     * The payment metadata key naming the user whose wallet a purchase fills; reserved: only a purchase sets it,
     * a merchant's payment that names it is refused.
     */
    public static final String USER_METADATA = "walletUserId";

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    PaymentService payments;

    @Inject
    Wallets wallets;

    @Inject
    CreditPrice price;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /**
     * Creates the purchase's payment and, in the transaction that stores it, the purchase that alone lets its
     * fulfilment credit the wallet; its credits count as pending until then.
     */
    public Payment purchase(String appId, String userId, long credits, String gateway, String returnUrl,
                            String notifyUrl) {
        String walletId = wallets.ensure(appId, userId);
        NewPayment request = new NewPayment(appId, gateway, price.of(credits), "Credit purchase: " + credits + " credits",
                "credits:" + credits, userId, null, returnUrl, notifyUrl, CaptureMode.AUTOMATIC,
                Map.of(USER_METADATA, userId));
        return payments.create(request, () -> {
        }, stored -> em.persist(WalletTransaction.purchase(walletId, credits, stored.id(), stored.createdAt())),
                opened -> {
                });
    }

    /** @throws HubException {@code insufficient_credits} when the balance is short (a missing wallet holds 0) */
    public WalletTransaction spend(String appId, String userId, long credits, String reference) {
        return unitOfWork.run(() -> {
            Wallet wallet = wallets.locked(appId, userId)
                    .orElseGet(() -> new Wallet(appId, userId, price.currency(), clock.instant()));
            wallet.spend(credits, clock.instant());
            WalletTransaction spend = WalletTransaction.spend(wallet.id(), credits, reference, clock.instant());
            em.persist(spend);
            em.flush();
            return spend;
        });
    }

    public WalletView view(String appId, String userId, int limit, int offset) {
        return unitOfWork.run(() -> {
            Wallet wallet = wallets.find(appId, userId).orElse(null);
            if (wallet == null) {
                return new WalletView(0, price.currency(), 0, 0, 0, 0, List.of(), 0);
            }
            Long pending = em.createQuery("select coalesce(sum(t.credits), 0) from WalletTransaction t, Payment p"
                            + " where p.id = t.paymentId and t.walletId = :wallet and t.type = :purchase"
                            + " and t.status = :pending and p.status in :open", Long.class)
                    .setParameter("wallet", wallet.id()).setParameter("purchase", TransactionType.PURCHASE)
                    .setParameter("pending", TransactionStatus.PENDING).setParameter("open", OPEN)
                    .getSingleResult();
            List<Object[]> rows = em.createQuery("select t, p.status from WalletTransaction t"
                            + " left join Payment p on p.id = t.paymentId where t.walletId = :wallet"
                            + " order by t.createdAt desc, t.id desc", Object[].class)
                    .setParameter("wallet", wallet.id()).setFirstResult(offset).setMaxResults(limit)
                    .getResultList();
            long total = em.createQuery("select count(t) from WalletTransaction t where t.walletId = :wallet", Long.class)
                    .setParameter("wallet", wallet.id()).getSingleResult();
            List<WalletView.Line> lines = rows.stream()
                    .map(row -> line((WalletTransaction) row[0], (PaymentStatus) row[1])).toList();
            return new WalletView(wallet.balance(), wallet.currency(), wallet.totalPurchased(), wallet.totalSpent(),
                    pending, wallet.unrecoveredCredits(), lines, total);
        });
    }

    private static final List<PaymentStatus> OPEN = List.of(PaymentStatus.CREATED, PaymentStatus.PENDING,
            PaymentStatus.AUTHORIZED);

    private static WalletView.Line line(WalletTransaction tx, PaymentStatus paymentStatus) {
        boolean unpaid = tx.status() == TransactionStatus.PENDING && paymentStatus != null
                && !OPEN.contains(paymentStatus) && !paymentStatus.isPaid();
        return new WalletView.Line(tx, unpaid ? TransactionStatus.FAILED : tx.status());
    }
}
