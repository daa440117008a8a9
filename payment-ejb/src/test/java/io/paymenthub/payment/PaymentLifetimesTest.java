package io.paymenthub.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.payment.PaymentLifetimes.Ending;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PaymentLifetimesTest {

    private static final Instant CREATED = Instant.parse("2026-11-22T10:00:00Z");
    private static final PaymentLifetimes DEFAULT = new PaymentLifetimes(Duration.ofMinutes(60), Duration.ofHours(168));

    @Test
    void an_unpaid_checkout_expires_exactly_from_its_time_to_live_on() {
        for (PaymentStatus open : new PaymentStatus[] {PaymentStatus.CREATED, PaymentStatus.PENDING}) {
            assertThat(DEFAULT.ending(open, CREATED, CREATED.plus(Duration.ofMinutes(60)).minusMillis(1)))
                    .isEqualTo(Ending.NONE);
            assertThat(DEFAULT.ending(open, CREATED, CREATED.plus(Duration.ofMinutes(60)))).isEqualTo(Ending.EXPIRE);
        }
        assertThat(DEFAULT.checkoutExpiresAt(CREATED)).isEqualTo(CREATED.plus(Duration.ofMinutes(60)));
    }

    @Test
    void an_authorization_outlives_the_checkouts_time_to_live_and_is_voided_after_its_own() {
        assertThat(DEFAULT.ending(PaymentStatus.AUTHORIZED, CREATED, CREATED.plus(Duration.ofHours(2))))
                .isEqualTo(Ending.NONE);
        assertThat(DEFAULT.ending(PaymentStatus.AUTHORIZED, CREATED, CREATED.plus(Duration.ofHours(168)).minusMillis(1)))
                .isEqualTo(Ending.NONE);
        assertThat(DEFAULT.ending(PaymentStatus.AUTHORIZED, CREATED, CREATED.plus(Duration.ofHours(168))))
                .isEqualTo(Ending.VOID);
    }

    @Test
    void a_final_payment_never_ends_again() {
        for (PaymentStatus status : PaymentStatus.values()) {
            if (status.isFinal()) {
                assertThat(DEFAULT.ending(status, CREATED, CREATED.plus(Duration.ofDays(400)))).isEqualTo(Ending.NONE);
            }
        }
    }
}
