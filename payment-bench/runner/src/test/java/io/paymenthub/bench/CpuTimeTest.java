package io.paymenthub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CpuTimeTest {

    @Test
    void a_process_time_is_its_user_and_system_ticks_even_when_its_name_holds_spaces_and_parentheses() {
        String stat = "4242 (default task (1) x) S 1 4242 4242 0 -1 4194560 9000 0 12 0 1500 250 3 4 20 0 80 0 1234"
                + " 2493504000 156000 18446744073709551615";

        assertThat(CpuTime.processTicks(stat)).isEqualTo(1750);
    }

    @Test
    void per_request_milliseconds_split_the_machine_time_and_leave_the_rest_to_other() {
        CpuTime start = new CpuTime(100, 10, 50, 20, 200);
        CpuTime end = new CpuTime(300, 30, 150, 70, 600);

        assertThat(end.since(start).perRequest(100)).isEqualTo("20.00 (JIT 2.00) / 10.00 / 5.00 / 5.00");
    }

    @Test
    void the_jit_compiler_threads_are_told_by_their_names() {
        String c2 = "4301 (C2 CompilerThre) S 1 4242 4242 0 -1 4194560 9000 0 12 0 1500 250 3 4 20 0 80 0 1234";
        String c1 = "4302 (C1 CompilerThre) S 1 4242 4242 0 -1 4194560 9000 0 12 0 1500 250 3 4 20 0 80 0 1234";
        String worker = "4303 (default task-1) S 1 4242 4242 0 -1 4194560 9000 0 12 0 1500 250 3 4 20 0 80 0 1234";

        assertThat(CpuTime.isCompilerThread(c2)).isTrue();
        assertThat(CpuTime.isCompilerThread(c1)).isTrue();
        assertThat(CpuTime.isCompilerThread(worker)).isFalse();
    }
}
