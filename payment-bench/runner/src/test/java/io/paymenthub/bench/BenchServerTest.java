package io.paymenthub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchServerTest {

    /** A JVM's /proc/<pid>/stat as Linux 6 writes it, its policy (field 41) left for each test. */
    private static String stat(int policy) {
        return "4242 (java (main)) S 4200 4242 4200 0 -1 4194304 102 0 0 0 1500 250 0 0 20 0 54 0 1279476 3133440"
                + " 394 18446744073709551615 94581592465408 94581592485289 140723765571552 0 0 0 0 0 0 0 0 0 17 1 0 "
                + policy + " 0 0 0 94581592501296 94581592502912 94581964742656 140723765578466 140723765578486"
                + " 140723765578486 140723765579755 0";
    }

    @Test
    void the_scheduling_policy_is_field_41_by_its_name_even_when_the_command_holds_spaces_and_parentheses() {
        assertThat(BenchServer.schedulingPolicy(stat(3))).isEqualTo("SCHED_BATCH");
        assertThat(BenchServer.schedulingPolicy(stat(0))).isEqualTo("SCHED_OTHER");
        assertThat(BenchServer.schedulingPolicy(stat(7))).isEqualTo("policy 7");
    }
}
