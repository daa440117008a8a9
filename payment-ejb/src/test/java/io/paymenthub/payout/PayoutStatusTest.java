package io.paymenthub.payout;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.money.Money;
import io.paymenthub.notification.EventType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PayoutStatusTest {

    private static final Instant NOW = Instant.parse("2026-12-07T23:00:00Z");

    @Test
    void a_pending_payout_may_become_unknown_succeeded_or_failed() {
        assertThat(PayoutStatus.PENDING.next()).containsExactlyInAnyOrder(PayoutStatus.UNKNOWN,
                PayoutStatus.SUCCEEDED, PayoutStatus.FAILED);
    }

    @Test
    void an_unknown_payout_is_settled_by_what_the_gateway_says_and_never_goes_back_to_unknown_from_final() {
        assertThat(PayoutStatus.UNKNOWN.canMoveTo(PayoutStatus.PENDING)).isTrue();
        assertThat(PayoutStatus.UNKNOWN.canMoveTo(PayoutStatus.SUCCEEDED)).isTrue();
        assertThat(PayoutStatus.UNKNOWN.canMoveTo(PayoutStatus.FAILED)).isTrue();
        assertThat(PayoutStatus.SUCCEEDED.next()).isEmpty();
        assertThat(PayoutStatus.FAILED.next()).isEmpty();
        assertThat(PayoutStatus.SUCCEEDED.isFinal()).isTrue();
        assertThat(PayoutStatus.FAILED.isFinal()).isTrue();
        assertThat(PayoutStatus.UNKNOWN.isFinal()).isFalse();
        assertThat(PayoutStatus.PENDING.isFinal()).isFalse();
    }

    @Test
    void a_payout_moves_only_by_the_table_counts_its_changes_and_keeps_the_first_uid() {
        Payout payout = new Payout(new NewPayout("app1", "begateway", Money.of(500, "EUR"), "card_1", null, "Prize",
                "ref-1", null), "4***********4242", true, NOW);
        assertThat(payout.id()).startsWith("po_");
        assertThat(payout.status()).isEqualTo(PayoutStatus.PENDING);

        assertThat(payout.moveTo(PayoutStatus.UNKNOWN, null, NOW)).isTrue();
        payout.identifiedAs("uid-1", NOW);
        payout.identifiedAs("uid-2", NOW);
        assertThat(payout.moveTo(PayoutStatus.SUCCEEDED, null, NOW)).isTrue();
        assertThat(payout.moveTo(PayoutStatus.FAILED, "late refusal", NOW)).isFalse();
        assertThat(payout.moveTo(PayoutStatus.SUCCEEDED, null, NOW)).as("a duplicate").isFalse();

        assertThat(payout.status()).isEqualTo(PayoutStatus.SUCCEEDED);
        assertThat(payout.gatewayUid()).isEqualTo("uid-1");
        assertThat(payout.failure()).isNull();
        assertThat(payout.statusChanges()).isEqualTo(2);
        assertThat(EventType.of(payout.status())).isEqualTo("payout.succeeded");
    }
}
