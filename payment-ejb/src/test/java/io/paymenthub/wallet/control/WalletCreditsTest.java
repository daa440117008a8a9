package io.paymenthub.wallet.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.money.Money;
import io.paymenthub.payment.CaptureMode;
import io.paymenthub.payment.NewPayment;
import io.paymenthub.payment.Payment;
import io.paymenthub.payment.PaymentStatus;
import io.paymenthub.wallet.WalletTransaction;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WalletCreditsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private static Payment purchasePayment(long amount) {
        return new Payment(new NewPayment("app", "dummy", Money.of(amount, "EUR"), "Credit purchase", "credits:100",
                "u", null, null, null, CaptureMode.AUTOMATIC, Map.of(WalletService.USER_METADATA, "u")), true, NOW);
    }

    @Test
    void a_purchase_paid_in_full_is_credited_once() {
        Payment payment = purchasePayment(200);
        WalletTransaction purchase = WalletTransaction.purchase("wal_1", 100, payment.id(), NOW);
        payment.report(PaymentStatus.SUCCESSFUL, NOW);
        assertThat(WalletCredits.creditable(payment, purchase)).isTrue();
        purchase.completed(NOW);
        assertThat(WalletCredits.creditable(payment, purchase)).as("already credited").isFalse();
    }

    @Test
    void a_payment_that_captured_less_than_its_price_or_is_another_purchases_buys_nothing() {
        Payment payment = purchasePayment(200);
        WalletTransaction purchase = WalletTransaction.purchase("wal_1", 100, payment.id(), NOW);
        assertThat(WalletCredits.creditable(payment, purchase)).as("nothing captured").isFalse();
        payment.report(PaymentStatus.SUCCESSFUL, NOW);
        WalletTransaction another = WalletTransaction.purchase("wal_1", 100, "pay_other", NOW);
        assertThat(WalletCredits.creditable(payment, another)).isFalse();
    }
}
