package io.paymenthub.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The events API's redelivery: any state, requests before the next attempt are one, none lost to one under way. */
class NotificationRedeliveryTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(35);

    private static Notification delivered() {
        Notification notification = new Notification("evt_1", "pay_1", "app1", "payment.succeeded", 2,
                "https://shop.example/hooks", "{}", T0);
        assertThat(notification.claim(T0, LEASE)).isTrue();
        notification.delivered(200, T0.plusSeconds(1));
        return notification;
    }

    @Test
    void a_delivered_or_retrying_or_dead_event_is_sent_again_now_with_the_whole_schedule() {
        Notification notification = delivered();
        assertThat(notification.deliveryState()).isEqualTo(DeliveryState.DELIVERED);
        notification.redeliverNow(T0.plusSeconds(10));
        assertThat(notification.deliveryState()).isEqualTo(DeliveryState.PENDING);
        assertThat(notification.nextAttemptAt()).isEqualTo(T0.plusSeconds(10));

        assertThat(notification.claim(T0.plusSeconds(10), LEASE)).isTrue();
        notification.failed(500, "HTTP 500", Optional.of(T0.plusSeconds(70)), T0.plusSeconds(11));
        assertThat(notification.deliveryState()).isEqualTo(DeliveryState.RETRYING);
        notification.redeliverNow(T0.plusSeconds(12));
        assertThat(notification.deliveryState()).isEqualTo(DeliveryState.PENDING);
        assertThat(notification.nextAttemptAt()).isEqualTo(T0.plusSeconds(12));
        assertThat(notification.attempts()).isZero();
    }

    @Test
    void asking_again_before_the_attempt_begins_changes_nothing() {
        Notification notification = delivered();
        notification.redeliverNow(T0.plusSeconds(10));
        notification.redeliverNow(T0.plusSeconds(11));
        assertThat(notification.nextAttemptAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(notification.claim(T0.plusSeconds(12), LEASE)).isTrue();
        notification.delivered(200, T0.plusSeconds(13));
        assertThat(notification.deliveryState()).as("one redelivery for both requests").isEqualTo(DeliveryState.DELIVERED);
    }

    @Test
    void asked_while_an_attempt_is_under_way_another_attempt_follows_it() {
        Notification notification = delivered();
        notification.redeliverNow(T0.plusSeconds(10));
        assertThat(notification.claim(T0.plusSeconds(10), LEASE)).isTrue();
        notification.redeliverNow(T0.plusSeconds(11)); // that attempt began before this request
        notification.redeliverNow(T0.plusSeconds(12));
        notification.delivered(200, T0.plusSeconds(13));
        assertThat(notification.deliveryState()).isEqualTo(DeliveryState.PENDING);
        assertThat(notification.nextAttemptAt()).isEqualTo(T0.plusSeconds(13));
        assertThat(notification.claim(T0.plusSeconds(13), LEASE)).isTrue();
        notification.delivered(200, T0.plusSeconds(14));
        assertThat(notification.deliveryState()).isEqualTo(DeliveryState.DELIVERED);
    }
}
