package io.paymenthub.notification.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paymenthub.notification.Notification;
import io.paymenthub.notification.NotificationStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void failures_are_retried_after_1m_5m_15m_1h_6h_then_dead() {
        Instant failedAt = CLOCK.instant();
        RetrySchedule schedule = RetrySchedule.CONTRACT;
        assertThat(schedule.next(1, failedAt)).contains(failedAt.plus(Duration.ofMinutes(1)));
        assertThat(schedule.next(2, failedAt)).contains(failedAt.plus(Duration.ofMinutes(5)));
        assertThat(schedule.next(3, failedAt)).contains(failedAt.plus(Duration.ofMinutes(15)));
        assertThat(schedule.next(4, failedAt)).contains(failedAt.plus(Duration.ofHours(1)));
        assertThat(schedule.next(5, failedAt)).contains(failedAt.plus(Duration.ofHours(6)));
        assertThat(schedule.next(6, failedAt)).isEmpty();
    }

    @Test
    void the_default_configuration_is_the_contracts_schedule() {
        assertThat(RetrySchedule.parse("1m,5m,15m,1h,6h")).isEqualTo(RetrySchedule.CONTRACT);
        assertThat(RetrySchedule.parse("PT1S, 2s")).isEqualTo(
                new RetrySchedule(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2))));
        assertThatThrownBy(() -> RetrySchedule.parse("5x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_notification_that_always_fails_is_attempted_six_times_at_the_scheduled_moments_then_dead() {
        Notification notification = new Notification("evt_1", "pay_1", "app", "payment.succeeded", 1,
                "https://shop.example/hooks", "{}", CLOCK.instant());
        List<Instant> attempts = new ArrayList<>();
        Instant now = CLOCK.instant();
        while (notification.status() == NotificationStatus.PENDING) {
            assertThat(notification.claim(now.minusMillis(1), Duration.ofMinutes(2)))
                    .as("not due before its time").isFalse();
            assertThat(notification.claim(now, Duration.ofMinutes(2))).isTrue();
            assertThat(notification.claim(now, Duration.ofMinutes(2))).as("claimed already").isFalse();
            attempts.add(now);
            notification.failed(503, "HTTP 503", RetrySchedule.CONTRACT.next(notification.attempts() + 1, now), now);
            if (notification.nextAttemptAt() != null) {
                now = notification.nextAttemptAt();
            }
        }
        Instant start = CLOCK.instant();
        assertThat(attempts).containsExactly(start, start.plusSeconds(60), start.plusSeconds(6 * 60),
                start.plusSeconds(21 * 60), start.plusSeconds(81 * 60), start.plusSeconds(441 * 60));
        assertThat(notification.status()).isEqualTo(NotificationStatus.DEAD);
        assertThat(notification.attempts()).isEqualTo(6);
    }

    @Test
    void a_dead_notification_can_be_redelivered_and_a_delivered_one_cannot() {
        Notification notification = new Notification("evt_1", "pay_1", "app", "payment.succeeded", 1,
                "https://shop.example/hooks", "{}", CLOCK.instant());
        assertThatThrownBy(() -> notification.redeliver(CLOCK.instant())).hasMessageContaining("dead");
        notification.failed(null, "timeout", java.util.Optional.empty(), CLOCK.instant());
        notification.redeliver(CLOCK.instant());
        assertThat(notification.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(notification.claim(CLOCK.instant(), Duration.ofMinutes(2))).isTrue();
        notification.delivered(204, CLOCK.instant());
        assertThat(notification.status()).isEqualTo(NotificationStatus.DELIVERED);
        assertThatThrownBy(() -> notification.redeliver(CLOCK.instant())).hasMessageContaining("dead");
    }

    @Test
    void a_notification_claimed_by_a_sender_that_died_is_taken_again_once_the_lease_ran_out() {
        Notification notification = new Notification("evt_1", "pay_1", "app", "payment.succeeded", 1,
                "https://shop.example/hooks", "{}", CLOCK.instant());
        Duration lease = Duration.ofMinutes(2);
        assertThat(notification.claim(CLOCK.instant(), lease)).isTrue();
        // the sender dies here: no outcome is ever recorded
        assertThat(notification.claim(CLOCK.instant().plus(lease).minusMillis(1), lease)).isFalse();
        assertThat(notification.claim(CLOCK.instant().plus(lease).plusMillis(1), lease)).isTrue();
        assertThat(notification.status()).isEqualTo(NotificationStatus.PENDING);
    }
}
