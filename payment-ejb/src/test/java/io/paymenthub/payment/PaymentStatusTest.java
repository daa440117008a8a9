package io.paymenthub.payment;

import static io.paymenthub.payment.PaymentStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The transition table of docs/api.md, pair by pair. */
class PaymentStatusTest {

    private static final Map<PaymentStatus, Set<PaymentStatus>> ALLOWED = Map.ofEntries(
            Map.entry(CREATED, EnumSet.of(PENDING, AUTHORIZED, SUCCESSFUL, CARD_SAVED, FAILED, DECLINED, EXPIRED, ERROR,
                    CANCELLED)),
            Map.entry(PENDING, EnumSet.of(AUTHORIZED, SUCCESSFUL, CARD_SAVED, FAILED, DECLINED, EXPIRED, ERROR, CANCELLED)),
            Map.entry(AUTHORIZED, EnumSet.of(SUCCESSFUL, FAILED, EXPIRED, CANCELLED)),
            Map.entry(SUCCESSFUL, EnumSet.of(PARTIALLY_REFUNDED, REFUNDED)),
            Map.entry(PARTIALLY_REFUNDED, EnumSet.of(REFUNDED)),
            Map.entry(REFUNDED, EnumSet.noneOf(PaymentStatus.class)),
            Map.entry(CARD_SAVED, EnumSet.noneOf(PaymentStatus.class)),
            Map.entry(FAILED, EnumSet.of(AUTHORIZED, SUCCESSFUL, CARD_SAVED)),
            Map.entry(DECLINED, EnumSet.of(AUTHORIZED, SUCCESSFUL, CARD_SAVED)),
            Map.entry(EXPIRED, EnumSet.of(AUTHORIZED, SUCCESSFUL, CARD_SAVED)),
            Map.entry(ERROR, EnumSet.of(AUTHORIZED, SUCCESSFUL, CARD_SAVED)),
            Map.entry(CANCELLED, EnumSet.of(AUTHORIZED, SUCCESSFUL, CARD_SAVED)));

    @Test
    void every_pair_is_allowed_or_refused_exactly_as_the_table_says() {
        for (PaymentStatus from : values()) {
            for (PaymentStatus to : values()) {
                assertThat(from.canMoveTo(to))
                        .as("%s -> %s", from, to)
                        .isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @Test
    void no_status_moves_to_itself() {
        for (PaymentStatus status : values()) {
            assertThat(status.canMoveTo(status)).as("%s -> itself", status).isFalse();
        }
    }

    @Test
    void success_never_goes_backwards() {
        for (PaymentStatus earlier : EnumSet.of(CREATED, PENDING, AUTHORIZED, FAILED, DECLINED, EXPIRED, ERROR, CANCELLED)) {
            assertThat(SUCCESSFUL.canMoveTo(earlier)).as("SUCCESSFUL -> %s", earlier).isFalse();
            assertThat(PARTIALLY_REFUNDED.canMoveTo(earlier)).isFalse();
            assertThat(REFUNDED.canMoveTo(earlier)).isFalse();
        }
    }

    @Test
    void a_success_after_a_failure_outcome_is_a_late_success() {
        assertThat(EXPIRED.isLateSuccess(SUCCESSFUL)).isTrue();
        assertThat(FAILED.isLateSuccess(AUTHORIZED)).isTrue();
        assertThat(PENDING.isLateSuccess(SUCCESSFUL)).isFalse();
    }

    @Test
    void only_created_pending_and_authorized_await_the_gateway() {
        assertThat(EnumSet.allOf(PaymentStatus.class).stream().filter(s -> !s.isFinal()))
                .containsExactlyInAnyOrder(CREATED, PENDING, AUTHORIZED);
        assertThat(EnumSet.allOf(PaymentStatus.class).stream().filter(PaymentStatus::isPaid))
                .containsExactlyInAnyOrder(SUCCESSFUL, PARTIALLY_REFUNDED, REFUNDED);
    }

    @Test
    void the_open_statuses_are_exactly_the_ones_not_final() {
        assertThat(PaymentStatus.open()).containsExactlyInAnyOrder(CREATED, PENDING, AUTHORIZED);
        for (PaymentStatus status : values()) {
            assertThat(status.isFinal()).as("%s", status).isEqualTo(!PaymentStatus.open().contains(status));
        }
    }
}
