package io.paymenthub.wallet.control;

import io.paymenthub.wallet.TransactionStatus;
import io.paymenthub.wallet.WalletTransaction;
import java.util.List;

/** A wallet as the API shows it: its sums, one page of its transactions (newest first) and their count. */
public record WalletView(long balance, String currency, long totalPurchased, long totalSpent, long pendingCredits,
                         long unrecoveredCredits, List<Line> transactions, long total) {

    /** A transaction with the status it has now (a purchase whose payment ended unpaid reads {@code FAILED}). */
    public record Line(WalletTransaction transaction, TransactionStatus status) {
    }
}
