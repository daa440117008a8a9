package io.paymenthub.reconciliation.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.config.Durations;
import io.paymenthub.payment.PaymentLifetimes;
import io.paymenthub.payment.PaymentStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckScheduleTest {

    private static final Clock CREATED = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final CheckSchedule DEFAULT = new CheckSchedule(Durations.parse("2m,5m,10m,30m"));
    private static final PaymentLifetimes LIFETIMES = new PaymentLifetimes(Duration.ofMinutes(60),
            Duration.ofHours(168));

    @Test
    void an_open_payment_is_checked_with_backoff_and_expired_at_the_first_check_past_its_time_to_live() {
        Instant created = CREATED.instant();
        List<Long> checksAtMinute = new ArrayList<>();
        Instant check = DEFAULT.first(created);
        for (int done = 1; ; done++) {
            checksAtMinute.add(Duration.between(created, check).toMinutes());
            if (LIFETIMES.ending(PaymentStatus.PENDING, created, check) == PaymentLifetimes.Ending.EXPIRE) {
                break;
            }
            check = DEFAULT.next(done, check);
        }
        assertThat(checksAtMinute).containsExactly(2L, 7L, 17L, 47L, 77L);
    }

    @Test
    void one_delay_repeats_for_every_check() {
        CheckSchedule schedule = new CheckSchedule(List.of(Duration.ofSeconds(30)));
        Instant now = CREATED.instant();
        assertThat(schedule.first(now)).isEqualTo(now.plusSeconds(30));
        assertThat(schedule.next(1, now)).isEqualTo(now.plusSeconds(30));
        assertThat(schedule.next(7, now)).isEqualTo(now.plusSeconds(30));
    }
}
