package io.paymenthub.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * How the server is profiled during each measured load ({@code -Dbench.profile=...}): not at all, with a JFR
 * recording, or with async-profiler — whose agent, from Maven Central, is loaded into the running server and
 * samples its threads' CPU time (itimer) with whole stacks at little cost, writing a flame graph and the collapsed
 * stacks of the load.
 */
enum Profiling {
    NONE,
    /** {@code <load>.jfr}: JFR's profile settings; costs a lot on this machine, for a profile's shape only. */
    JFR,
    /** {@code <load>.html} (a flame graph) and {@code <load>.collapsed} (one line a stack, with its samples). */
    ASYNC;

    private static final String AGENT = "linux-x64/libasyncProfiler.so";

    static Profiling fromSystemProperties() {
        if (Boolean.getBoolean("bench.jfr")) {
            return JFR;
        }
        return valueOf(System.getProperty("bench.profile", "none").toUpperCase(Locale.ROOT));
    }

    /** The jcmd commands that start a profile named {@code name}, written to {@code workDir}. */
    List<List<String>> start(String name, Path workDir) throws IOException {
        return switch (this) {
            case NONE -> List.of();
            case JFR -> List.of(List.of("JFR.start", "name=" + name, "settings=profile",
                    "filename=" + workDir.resolve(name + ".jfr").toAbsolutePath()));
            case ASYNC -> List.of(agent(workDir, "start,event=itimer,interval=1ms"));
        };
    }

    /** The jcmd commands that end it. */
    List<List<String>> stop(String name, Path workDir) throws IOException {
        return switch (this) {
            case NONE -> List.of();
            case JFR -> List.of(List.of("JFR.stop", "name=" + name));
            case ASYNC -> List.of(
                    agent(workDir, "stop,file=" + workDir.resolve(name + ".collapsed").toAbsolutePath()
                            + ",collapsed"),
                    agent(workDir, "dump,file=" + workDir.resolve(name + ".html").toAbsolutePath()
                            + ",flamegraph,title=" + name));
        };
    }

    /** The agent's library, copied out of its jar on the runner's class path into the work directory once. */
    private static List<String> agent(Path workDir, String command) throws IOException {
        Path library = workDir.resolve("libasyncProfiler.so").toAbsolutePath();
        if (!Files.exists(library)) {
            try (InputStream in = Profiling.class.getClassLoader().getResourceAsStream(AGENT)) {
                if (in == null) {
                    throw new IllegalStateException("async-profiler's " + AGENT + " is not on the class path");
                }
                Files.copy(in, library, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        // quoted: jcmd would read the options' '=' as an argument of its own
        return List.of("JVMTI.agent_load", library.toString(), '"' + command + '"');
    }
}
