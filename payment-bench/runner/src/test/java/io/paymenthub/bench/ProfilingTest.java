package io.paymenthub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfilingTest {

    @TempDir
    Path workDir;

    @Test
    void async_profiler_is_loaded_from_its_jar_with_its_options_quoted_for_jcmd() throws Exception {
        List<List<String>> start = Profiling.ASYNC.start("checkouts", workDir);

        Path library = workDir.resolve("libasyncProfiler.so").toAbsolutePath();
        assertThat(Files.size(library)).isPositive();
        assertThat(start).containsExactly(
                List.of("JVMTI.agent_load", library.toString(), "\"start,event=itimer,interval=1ms\""));
        assertThat(Profiling.ASYNC.stop("checkouts", workDir)).extracting(command -> command.get(2)).containsExactly(
                "\"stop,file=" + workDir.resolve("checkouts.collapsed").toAbsolutePath() + ",collapsed\"",
                "\"dump,file=" + workDir.resolve("checkouts.html").toAbsolutePath() + ",flamegraph,title=checkouts\"");
    }

    @Test
    void no_profile_sends_no_command() throws Exception {
        assertThat(Profiling.NONE.start("ceiling", workDir)).isEmpty();
        assertThat(Profiling.NONE.stop("ceiling", workDir)).isEmpty();
    }
}
