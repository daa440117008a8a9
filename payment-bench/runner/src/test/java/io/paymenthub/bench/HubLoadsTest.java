package io.paymenthub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HubLoadsTest {

    @Test
    void a_load_is_steady_when_its_last_three_windows_are_within_five_percent_and_no_longer_climb() {
        assertThat(HubLoads.isSteady(List.of(100L, 300L, 600L, 600L, 620L, 590L, 620L, 610L))).isTrue();
        assertThat(HubLoads.isSteady(List.of(600L, 630L))).isFalse();
        assertThat(HubLoads.isSteady(List.of(575L, 608L, 660L, 634L))).isFalse();
    }

    @Test
    void a_plateau_between_two_steps_of_the_jit_is_not_steady() {
        // a slow host's checkouts: three windows within 5 %, but a quarter above the three before them
        assertThat(HubLoads.isSteady(List.of(61L, 98L, 116L, 109L, 124L, 141L, 143L, 147L))).isFalse();
    }
}
