package io.paymenthub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CoreWaitTest {

    @Test
    void a_thread_waited_for_a_core_for_the_second_field_of_its_schedstat() {
        assertThat(CoreWait.runDelay("1834507120 52761994 4137\n")).isEqualTo(52_761_994L);
    }

    @Test
    void what_threads_alive_at_the_end_waited_a_new_one_all_of_it_and_one_that_ended_nothing() {
        CoreWait.Snapshot start = new CoreWait.Snapshot(Map.of(1L, 1_000_000L, 2L, 40_000_000L),
                Map.of(7L, 2_000_000L), Map.of());
        CoreWait.Snapshot end = new CoreWait.Snapshot(Map.of(1L, 31_000_000L, 3L, 20_000_000L),
                Map.of(7L, 12_000_000L), Map.of(9L, 5_000_000L));

        CoreWait waited = end.since(start);

        assertThat(waited).isEqualTo(new CoreWait(50_000_000L, 10_000_000L, 5_000_000L));
        assertThat(waited.perRequest(100)).isEqualTo("0.50 / 0.10 / 0.05");
    }

    @Test
    void this_jvm_is_read_off_proc_thread_by_thread() {
        CoreWait.Snapshot now = CoreWait.Snapshot.now(ProcessHandle.current().pid());

        assertThat(now.server()).containsKey(ProcessHandle.current().pid());
        assertThat(now.loadGenerator()).containsKey(ProcessHandle.current().pid());
        assertThat(now.since(now)).isEqualTo(new CoreWait(0, 0, 0));
    }
}
