package io.paymenthub.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WalletTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static Wallet holding(long credits) {
        Wallet wallet = new Wallet("app", "user_1", "EUR", NOW);
        if (credits > 0) {
            wallet.credit(credits, NOW);
        }
        return wallet;
    }

    @Test
    void credits_become_balance_and_count_as_purchased() {
        Wallet wallet = holding(100);
        wallet.credit(50, NOW);
        assertThat(wallet.balance()).isEqualTo(150);
        assertThat(wallet.totalPurchased()).isEqualTo(150);
        assertThat(wallet.id()).startsWith("wal_");
    }

    @Test
    void a_spend_takes_from_the_balance_down_to_exactly_zero() {
        Wallet wallet = holding(100);
        wallet.spend(60, NOW);
        wallet.spend(40, NOW);
        assertThat(wallet.balance()).isZero();
        assertThat(wallet.totalSpent()).isEqualTo(100);
    }

    @Test
    void a_spend_beyond_the_balance_is_refused_and_changes_nothing() {
        Wallet wallet = holding(10);
        assertThatThrownBy(() -> wallet.spend(11, NOW)).isInstanceOf(HubException.class)
                .extracting(e -> ((HubException) e).code()).isEqualTo(ProblemCode.INSUFFICIENT_CREDITS);
        assertThat(wallet.balance()).isEqualTo(10);
        assertThat(wallet.totalSpent()).isZero();
    }

    @Test
    void zero_or_negative_credits_are_never_applied() {
        Wallet wallet = holding(10);
        assertThatThrownBy(() -> wallet.spend(0, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> wallet.spend(-5, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> wallet.credit(-5, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(wallet.balance()).isEqualTo(10);
    }

    @Test
    void a_refund_takes_back_what_the_balance_holds_and_records_the_rest() {
        Wallet wallet = holding(100);
        wallet.spend(70, NOW);
        assertThat(wallet.takeBack(100, NOW)).isEqualTo(30);
        assertThat(wallet.balance()).isZero();
        assertThat(wallet.unrecoveredCredits()).isEqualTo(70);
    }

    @Test
    void partial_refunds_of_a_purchase_claim_its_credits_proportionally_and_never_twice() {
        WalletTransaction purchase = WalletTransaction.purchase("wal_1", 100, "pay_1", NOW);
        assertThat(purchase.claimRefunded(50, 200, NOW)).isEqualTo(25);
        assertThat(purchase.claimRefunded(50, 200, NOW)).isZero();
        assertThat(purchase.claimRefunded(51, 200, NOW)).isEqualTo(1);
        assertThat(purchase.claimRefunded(200, 200, NOW)).isEqualTo(74);
        assertThat(purchase.claimRefunded(200, 200, NOW)).isZero();
        assertThat(purchase.refundedCredits()).isEqualTo(100);
    }

    @Test
    void a_refund_transaction_that_could_not_take_everything_back_is_partial() {
        WalletTransaction refund = WalletTransaction.refund("wal_1", 100, 30, "pay_1", NOW);
        assertThat(refund.status()).isEqualTo(TransactionStatus.PARTIAL);
        assertThat(refund.unrecovered()).isEqualTo(70);
        assertThat(WalletTransaction.refund("wal_1", 5, 5, "pay_1", NOW).status()).isEqualTo(TransactionStatus.COMPLETED);
    }
    @Test
    void a_balance_never_wraps_past_the_largest_long() {
        Wallet wallet = holding(Long.MAX_VALUE - 1);
        assertThatThrownBy(() -> wallet.credit(2, NOW)).isInstanceOf(ArithmeticException.class);
        wallet.credit(1, NOW);
        assertThat(wallet.balance()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void a_refund_of_a_billion_credits_is_claimed_exactly() {
        long credits = 1_000_000_000L;
        long captured = credits * 10;
        WalletTransaction purchase = WalletTransaction.purchase("wal_1", credits, "pay_1", NOW);
        assertThat(purchase.claimRefunded(captured / 2, captured, NOW)).isEqualTo(credits / 2);
        assertThat(purchase.claimRefunded(captured, captured, NOW)).isEqualTo(credits / 2);
        assertThat(purchase.refundedCredits()).isEqualTo(credits);
    }
}
