package io.paymenthub.web.wallet;

import io.paymenthub.wallet.WalletTransaction;
import io.paymenthub.wallet.control.WalletView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code { wallet: { balance, currency, totalPurchased, totalSpent, pendingCredits }, transactions, total }}. */
@Schema(name = "Wallet")
public record WalletJson(Summary wallet, List<TransactionJson> transactions, long total) {

    static WalletJson of(WalletView view) {
        return new WalletJson(new Summary(view.balance(), view.currency(), view.totalPurchased(), view.totalSpent(),
                view.pendingCredits(), view.unrecoveredCredits() == 0 ? null : view.unrecoveredCredits()),
                view.transactions().stream()
                        .map(line -> TransactionJson.of(line.transaction(), line.status().name())).toList(),
                view.total());
    }

    /** The sums; {@code unrecoveredCredits} (refunded credits that had been spent) only when there are some. */
    @Schema(name = "WalletSummary")
    public record Summary(long balance, String currency, long totalPurchased, long totalSpent, long pendingCredits,
                          Long unrecoveredCredits) {
    }

    /** One transaction; {@code unrecovered} only on a refund that could not take all its credits back. */
    @Schema(name = "WalletTransaction")
    public record TransactionJson(String id, String type, long credits, String status, String paymentId,
                                  String reference, Long unrecovered, Instant createdAt) {

        static TransactionJson of(WalletTransaction t, String status) {
            return new TransactionJson(t.id(), t.type().name(), t.credits(), status, t.paymentId(), t.reference(),
                    t.unrecovered() == 0 ? null : t.unrecovered(), t.createdAt());
        }
    }
}
