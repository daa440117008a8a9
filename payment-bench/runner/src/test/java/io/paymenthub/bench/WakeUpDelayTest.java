package io.paymenthub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WakeUpDelayTest {

    @Test
    void every_sleep_is_counted_and_the_percentiles_are_in_order() {
        WakeUpDelay delay = WakeUpDelay.measure(20);

        assertThat(delay.sleeps()).isEqualTo(20);
        assertThat(delay.p50Millis()).isNotNegative().isLessThanOrEqualTo(delay.p99Millis());
        assertThat(delay.p99Millis()).isLessThanOrEqualTo(delay.maxMillis());
        assertThat(delay.toString()).contains("20 sleeps");
    }
}
