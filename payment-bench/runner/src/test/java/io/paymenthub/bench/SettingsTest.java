package io.paymenthub.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void by_default_the_fixed_rate_is_half_the_slowest_loads_rounded_down_to_tens() {
        int half = Settings.fixedRate("half");

        assertThat(Settings.fixedRatePerSecond(half, 585.7)).isEqualTo(290);
        assertThat(Settings.fixedRatePerSecond(half, 1147)).isEqualTo(570);
        assertThat(Settings.fixedRatePerSecond(half, 12)).as("never below ten").isEqualTo(10);
    }

    @Test
    void a_fixed_rate_given_as_a_number_is_kept_and_zero_means_no_such_round() {
        assertThat(Settings.fixedRatePerSecond(Settings.fixedRate("500"), 585.7)).isEqualTo(500);
        assertThat(Settings.fixedRatePerSecond(Settings.fixedRate("0"), 585.7)).isZero();
        assertThatThrownBy(() -> Settings.fixedRate("-5")).isInstanceOf(IllegalArgumentException.class);
    }
}
