package io.paymenthub.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IdempotencySettingsTest {

    @Test
    void keys_are_kept_at_least_a_day_and_taken_over_no_sooner_than_a_minute() {
        IdempotencySettings settings = new IdempotencySettings();
        settings.retentionHours = 1;
        settings.abandonedSeconds = 5;
        assertThat(settings.retention()).isEqualTo(Duration.ofHours(24));
        assertThat(settings.abandonedAfter()).isEqualTo(Duration.ofMinutes(1));

        settings.retentionHours = 72;
        settings.abandonedSeconds = 600;
        assertThat(settings.retention()).isEqualTo(Duration.ofHours(72));
        assertThat(settings.abandonedAfter()).isEqualTo(Duration.ofMinutes(10));
    }
}
