package io.paymenthub.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LifetimeSettingsTest {

    @Test
    void an_authorizations_lifetime_is_read_in_hours_a_fraction_allowed() {
        assertThat(LifetimeSettings.hours("168")).isEqualTo(Duration.ofDays(7));
        assertThat(LifetimeSettings.hours("0.025")).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void a_lifetime_that_is_not_a_positive_number_of_hours_is_refused() {
        assertThatThrownBy(() -> LifetimeSettings.hours("0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LifetimeSettings.hours("a week")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PAYMENT_AUTHORIZATION_TTL_HOURS");
    }
}
