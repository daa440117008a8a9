package io.paymenthub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HubLoadsTest {

    @Test
    void a_load_is_steady_when_its_last_three_windows_are_within_five_percent() {
        assertThat(HubLoads.isSteady(List.of(100L, 300L, 600L, 620L, 610L))).isTrue();
        assertThat(HubLoads.isSteady(List.of(600L, 630L))).isFalse();
        assertThat(HubLoads.isSteady(List.of(575L, 608L, 660L, 634L))).isFalse();
    }
}
