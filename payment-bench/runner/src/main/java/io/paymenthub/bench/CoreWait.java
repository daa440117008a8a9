package io.paymenthub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Nanoseconds spent waiting for a core (Linux {@code /proc/<pid>/task/<tid>/schedstat}'s run delay: runnable, on a
 * run queue, not running) by the threads of the server JVM, of PostgreSQL's processes and of this JVM (the load
 * generator and the gateway simulator) between two {@link Snapshot}s. Latency that a request's CPU time does not
 * explain is spent here or waiting for I/O: on two shared cores, how long each woken thread waits before it runs.
 */
record CoreWait(long server, long database, long loadGenerator) {

    /** Each thread's run delay so far, by thread id, of the three groups. */
    record Snapshot(Map<Long, Long> server, Map<Long, Long> database, Map<Long, Long> loadGenerator) {

        static Snapshot now(long serverPid) {
            Map<Long, Long> database = new HashMap<>();
            ProcEntries.each(Path.of("/proc"), ProcEntries::isDatabase,
                    (process, stat) -> database.putAll(threadsOf(process)));
            return new Snapshot(threadsOf(serverPid), database, threadsOf(ProcessHandle.current().pid()));
        }

        /**
         * What the threads alive now waited since {@code start} — all of it for a thread started meanwhile. A thread
         * that ended meanwhile takes its wait with it: the figures are at least what was waited.
         */
        CoreWait since(Snapshot start) {
            return new CoreWait(waited(server, start.server), waited(database, start.database),
                    waited(loadGenerator, start.loadGenerator));
        }

        private static long waited(Map<Long, Long> now, Map<Long, Long> start) {
            return now.entrySet().stream()
                    .mapToLong(thread -> Math.max(0, thread.getValue() - start.getOrDefault(thread.getKey(), 0L)))
                    .sum();
        }
    }

    /** Milliseconds waited for a core per request: server / database / load generator and simulator. */
    String perRequest(long requests) {
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f", millis(server, requests), millis(database, requests),
                millis(loadGenerator, requests));
    }

    /** The second field of a {@code schedstat} line: nanoseconds spent runnable on a run queue. */
    static long runDelay(String schedstat) {
        return Long.parseLong(schedstat.strip().split(" ")[1]);
    }

    private static double millis(long nanos, long requests) {
        return requests == 0 ? 0 : nanos / 1e6 / requests;
    }

    private static Map<Long, Long> threadsOf(long pid) {
        return threadsOf(Path.of("/proc", Long.toString(pid)));
    }

    private static Map<Long, Long> threadsOf(Path process) {
        Map<Long, Long> threads = new HashMap<>();
        ProcEntries.each(process.resolve("task"), stat -> true, (task, stat) -> threads.put(
                Long.parseLong(task.getFileName().toString()), runDelay(Files.readString(task.resolve("schedstat")))));
        return threads;
    }
}
