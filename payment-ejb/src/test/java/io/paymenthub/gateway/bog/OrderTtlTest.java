package io.paymenthub.gateway.bog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderTtlTest {

    private static BogConfig config(Integer override) {
        BogConfig config = new BogConfig();
        config.orderTtlMinutes = Optional.ofNullable(override);
        return config;
    }

    @Test
    void the_order_closes_when_the_payment_expires() {
        assertThat(config(null).orderTtlMinutes(Duration.ofMinutes(60))).isEqualTo(60);
        assertThat(config(null).orderTtlMinutes(Duration.ofMinutes(15))).isEqualTo(15);
    }

    @Test
    void a_shorter_configured_ttl_wins_and_bogs_bounds_hold() {
        assertThat(config(20).orderTtlMinutes(Duration.ofMinutes(60))).isEqualTo(20);
        assertThat(config(90).orderTtlMinutes(Duration.ofMinutes(60))).isEqualTo(60);
        assertThat(config(null).orderTtlMinutes(Duration.ofMinutes(1))).isEqualTo(2);
        assertThat(config(null).orderTtlMinutes(Duration.ofDays(3))).isEqualTo(1440);
    }
}
