package io.paymenthub.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paymenthub.gateway.spi.Checkout;
import io.paymenthub.money.Money;
import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaymentTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    static Payment pending(long amount, CaptureMode mode) {
        Payment payment = new Payment(new NewPayment("app", "dummy", Money.of(amount, "EUR"), "test", "order-1",
                null, null, null, null, mode, Map.of()), true, NOW);
        payment.checkoutOpened(Checkout.redirect("https://gw.example/pay"), null, null, NOW);
        return payment;
    }

    @Test
    void a_new_payment_is_created_with_a_token_and_opens_to_pending() {
        Payment payment = new Payment(new NewPayment("app", "dummy", Money.of(200, "EUR"), null, null, null, null,
                null, null, CaptureMode.AUTOMATIC, null), true, NOW);
        assertThat(payment.status()).isEqualTo(PaymentStatus.CREATED);
        assertThat(payment.token()).matches("pt_[0-9a-f]{32}");
        assertThat(payment.id()).matches("pay_[0-9a-f]{24}");
        Transition opened = payment.checkoutOpened(Checkout.redirect("https://x"), "uid", "ref", NOW);
        assertThat(opened).isEqualTo(new Transition(PaymentStatus.CREATED, PaymentStatus.PENDING, Transition.Outcome.APPLIED));
    }

    @Test
    void a_checkout_opened_after_its_callback_keeps_the_callbacks_status_and_uid() {
        Payment payment = new Payment(new NewPayment("app", "begateway", Money.of(200, "EUR"), null, null, null, null,
                null, null, CaptureMode.AUTOMATIC, null), true, NOW);
        payment.gatewayUidKnown("uid-from-callback");
        payment.report(PaymentStatus.SUCCESSFUL, NOW);

        Transition opened = payment.checkoutOpened(Checkout.redirect("https://x"), null, "checkout-token", NOW);
        assertThat(opened.outcome()).isEqualTo(Transition.Outcome.REFUSED);
        assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCESSFUL);
        assertThat(payment.gatewayUid()).isEqualTo("uid-from-callback");
        assertThat(payment.gatewayReference()).isEqualTo("checkout-token");
    }

    @Test
    void a_reported_success_captures_the_amount_and_a_repeat_is_a_duplicate() {
        Payment payment = pending(200, CaptureMode.AUTOMATIC);
        assertThat(payment.report(PaymentStatus.SUCCESSFUL, NOW).reachedSuccess()).isTrue();
        assertThat(payment.captured()).isEqualTo(Money.of(200, "EUR"));
        assertThat(payment.report(PaymentStatus.SUCCESSFUL, NOW).outcome()).isEqualTo(Transition.Outcome.DUPLICATE);
    }

    @Test
    void a_backwards_report_is_refused_and_changes_nothing() {
        Payment payment = pending(200, CaptureMode.AUTOMATIC);
        payment.report(PaymentStatus.SUCCESSFUL, NOW);
        Transition failed = payment.report(PaymentStatus.FAILED, NOW);
        assertThat(failed.outcome()).isEqualTo(Transition.Outcome.REFUSED);
        assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCESSFUL);
        assertThat(payment.report(PaymentStatus.PENDING, NOW).outcome()).isEqualTo(Transition.Outcome.REFUSED);
    }

    @Test
    void a_verified_success_after_expiry_is_applied_and_flagged() {
        Payment payment = pending(200, CaptureMode.AUTOMATIC);
        payment.report(PaymentStatus.EXPIRED, NOW);
        assertThat(payment.report(PaymentStatus.SUCCESSFUL, NOW).applied()).isTrue();
        assertThat(payment.lateSuccess()).isTrue();
    }

    @Test
    void capture_needs_an_authorization_and_at_most_its_amount() {
        Payment payment = pending(500, CaptureMode.MANUAL);
        assertThatThrownBy(() -> payment.captured(Money.of(500, "EUR"), NOW))
                .isInstanceOf(HubException.class).extracting("code").isEqualTo(ProblemCode.INVALID_TRANSITION);
        payment.report(PaymentStatus.AUTHORIZED, NOW);
        assertThatThrownBy(() -> payment.captured(Money.of(501, "EUR"), NOW))
                .isInstanceOf(HubException.class).extracting("code").isEqualTo(ProblemCode.CAPTURE_EXCEEDS_AUTHORIZED);
        assertThat(payment.captured(Money.of(300, "EUR"), NOW).reachedSuccess()).isTrue();
        assertThat(payment.captured()).isEqualTo(Money.of(300, "EUR"));
    }

    @Test
    void refunds_never_exceed_the_captured_amount_counting_pending_ones() {
        Payment payment = pending(1000, CaptureMode.AUTOMATIC);
        payment.report(PaymentStatus.SUCCESSFUL, NOW);
        payment.reserveRefund(Money.of(600, "EUR"));
        assertThatThrownBy(() -> payment.reserveRefund(Money.of(401, "EUR")))
                .isInstanceOf(HubException.class).extracting("code").isEqualTo(ProblemCode.REFUND_EXCEEDS_CAPTURED);
        payment.reserveRefund(Money.of(400, "EUR"));
        assertThat(payment.refundSucceeded(Money.of(600, "EUR"), NOW).to()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        payment.refundFailed(Money.of(400, "EUR"), NOW);
        assertThat(payment.refundable()).isEqualTo(Money.of(400, "EUR"));
        payment.reserveRefund(Money.of(400, "EUR"));
        assertThat(payment.refundSucceeded(Money.of(400, "EUR"), NOW).to()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(payment.refunded()).isEqualTo(Money.of(1000, "EUR"));
        assertThatThrownBy(() -> payment.reserveRefund(Money.of(1, "EUR"))).isInstanceOf(HubException.class);
    }

    @Test
    void an_unpaid_payment_cannot_be_refunded_and_a_paid_one_cannot_be_cancelled() {
        Payment payment = pending(1000, CaptureMode.AUTOMATIC);
        assertThatThrownBy(() -> payment.reserveRefund(Money.of(1, "EUR")))
                .isInstanceOf(HubException.class).extracting("code").isEqualTo(ProblemCode.INVALID_TRANSITION);
        payment.report(PaymentStatus.SUCCESSFUL, NOW);
        assertThatThrownBy(payment::requireCancellable)
                .isInstanceOf(HubException.class).extracting("code").isEqualTo(ProblemCode.INVALID_TRANSITION);
    }

    @Test
    void only_the_cards_brand_and_last_four_digits_are_kept() {
        Payment payment = pending(100, CaptureMode.AUTOMATIC);
        payment.cardUsed("visa", "4242");
        assertThat(payment.cardBrand()).isEqualTo("visa");
        assertThat(payment.cardLast4()).isEqualTo("4242");
        payment.cardUsed(null, "4111111111111111");
        assertThat(payment.cardLast4()).isEqualTo("4242");
    }

    @Test
    void amounts_reported_by_gateways_must_match_exactly() {
        Payment payment = pending(1999, CaptureMode.AUTOMATIC);
        assertThat(payment.matches(Money.of(1999, "EUR"))).isTrue();
        assertThat(payment.matches(null)).isTrue();
        assertThat(payment.matches(Money.of(1998, "EUR"))).isFalse();
        assertThat(payment.matches(Money.of(1999, "USD"))).isFalse();
    }

    /** An authorization of 10.00 EUR whose capture of 6.00 was asked for, its outcome not known yet. */
    static Payment captureAsked() {
        Payment payment = pending(1000, CaptureMode.MANUAL);
        payment.report(PaymentStatus.AUTHORIZED, NOW);
        payment.captureRequested(Money.of(600, "EUR"), NOW);
        return payment;
    }

    @Test
    void a_success_reported_before_the_captures_answer_records_the_capture_asked_for() {
        Payment payment = captureAsked();

        assertThat(payment.report(PaymentStatus.SUCCESSFUL, NOW).applied()).isTrue();
        assertThat(payment.captured()).isEqualTo(Money.of(600, "EUR"));
        assertThat(payment.refundable()).isEqualTo(Money.of(600, "EUR"));
    }

    @Test
    void the_gateways_own_captured_amount_wins_when_it_is_less_than_asked() {
        Payment payment = captureAsked();
        payment.report(PaymentStatus.SUCCESSFUL, Money.of(550, "EUR"), NOW);
        assertThat(payment.captured()).isEqualTo(Money.of(550, "EUR"));

        Payment impossible = captureAsked();
        impossible.report(PaymentStatus.SUCCESSFUL, Money.of(1000, "EUR"), NOW);
        assertThat(impossible.captured()).as("the authorization's amount, not the capture's")
                .isEqualTo(Money.of(600, "EUR"));
    }

    @Test
    void a_refused_capture_is_forgotten_and_a_later_success_captures_everything() {
        Payment payment = captureAsked();
        payment.captureRefused(NOW);
        assertThat(payment.captureRequested()).isNull();
        payment.report(PaymentStatus.SUCCESSFUL, NOW);
        assertThat(payment.captured()).isEqualTo(Money.of(1000, "EUR"));
    }

    @Test
    void no_capture_or_void_is_sent_while_a_capture_is_outstanding_until_a_report_settles_it() {
        Payment payment = captureAsked();
        assertThat(payment.captureOutstanding()).isTrue();
        assertThatThrownBy(() -> payment.captureRequested(Money.of(600, "EUR"), NOW))
                .isInstanceOfSatisfying(HubException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.IDEMPOTENCY_IN_PROGRESS));
        assertThatThrownBy(() -> payment.voidRequested(NOW)).isInstanceOfSatisfying(HubException.class,
                e -> assertThat(e.code()).isEqualTo(ProblemCode.IDEMPOTENCY_IN_PROGRESS));

        // a poll that finds the authorization uncaptured clears only a capture sent before its grace
        assertThat(payment.stillAuthorized(NOW.minusSeconds(1), NOW)).isFalse();
        assertThat(payment.captureOutstanding()).isTrue();
        assertThat(payment.stillAuthorized(NOW, NOW.plusSeconds(120))).isTrue();
        assertThat(payment.captureRequested()).isNull();
        payment.captureRequested(Money.of(300, "EUR"), NOW.plusSeconds(130));
        assertThat(payment.captureRequested()).isEqualTo(Money.of(300, "EUR"));

        // a refusal clears it at once; a success ends it
        payment.captureRefused(NOW.plusSeconds(131));
        assertThat(payment.captureOutstanding()).isFalse();
        payment.captureRequested(Money.of(300, "EUR"), NOW.plusSeconds(132));
        payment.report(PaymentStatus.SUCCESSFUL, NOW.plusSeconds(133));
        assertThat(payment.captureOutstanding()).isFalse();
        assertThat(payment.captured()).isEqualTo(Money.of(300, "EUR"));
    }

    @Test
    void no_capture_is_sent_while_a_void_is_outstanding_a_retried_void_is() {
        Payment payment = pending(1000, CaptureMode.MANUAL);
        payment.report(PaymentStatus.AUTHORIZED, NOW);
        payment.voidRequested(NOW);
        payment.voidRequested(NOW.plusSeconds(1));
        assertThatThrownBy(() -> payment.captureRequested(Money.of(1000, "EUR"), NOW.plusSeconds(2)))
                .isInstanceOfSatisfying(HubException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.IDEMPOTENCY_IN_PROGRESS));
        payment.voidRefused(NOW.plusSeconds(3));
        payment.captureRequested(Money.of(1000, "EUR"), NOW.plusSeconds(4));
        assertThat(payment.captureOutstanding()).isTrue();
    }

    @Test
    void a_gateways_refunded_report_then_the_hubs_own_settle_never_refund_more_than_captured() {
        Payment payment = pending(1000, CaptureMode.AUTOMATIC);
        payment.report(PaymentStatus.SUCCESSFUL, NOW);
        payment.reserveRefund(Money.of(400, "EUR"));

        payment.report(PaymentStatus.REFUNDED, NOW);
        assertThat(payment.refunded()).isEqualTo(Money.of(1000, "EUR"));
        assertThat(payment.refundable().isZero()).isTrue();

        Transition late = payment.refundSucceeded(Money.of(400, "EUR"), NOW);
        assertThat(late.outcome()).isEqualTo(Transition.Outcome.DUPLICATE);
        assertThat(payment.refunded()).isEqualTo(Money.of(1000, "EUR"));
        assertThat(payment.refunded().minor()).isLessThanOrEqualTo(payment.captured().minor());
    }

    @Test
    void a_tokenization_checkouts_success_saves_the_card_and_takes_no_money() {
        Payment payment = new Payment(new NewPayment("app", "begateway", Money.of(100, "EUR"), null, null, "user_1",
                null, null, null, CaptureMode.TOKENIZATION, null), true, NOW);
        payment.checkoutOpened(Checkout.redirect("https://x"), null, "checkout-token", NOW);
        assertThat(payment.saveCard()).isTrue();
        assertThat(payment.matches(Money.of(0, "EUR"))).as("its verification amount is not the payment's").isTrue();

        Transition saved = payment.report(PaymentStatus.SUCCESSFUL, Money.of(100, "EUR"), NOW);
        assertThat(saved).isEqualTo(new Transition(PaymentStatus.PENDING, PaymentStatus.CARD_SAVED,
                Transition.Outcome.APPLIED));
        assertThat(payment.status().isFinal()).isTrue();
        assertThat(payment.status().isPaid()).isFalse();
        assertThat(payment.captured().minor()).isZero();
        assertThat(payment.report(PaymentStatus.AUTHORIZED, NOW).outcome()).isEqualTo(Transition.Outcome.DUPLICATE);
        assertThat(payment.report(PaymentStatus.REFUNDED, NOW).outcome()).isEqualTo(Transition.Outcome.REFUSED);
    }
}
