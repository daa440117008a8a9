package io.paymenthub.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * CPU time used so far (Linux {@code /proc}, in clock ticks of 10 ms) by the server JVM and, of it, its JIT
 * compiler's threads, PostgreSQL's processes, this JVM (the load generator and the gateway simulator) and the whole
 * machine: where a load's machine time goes, and whether the server was still compiling its code while measured.
 */
record CpuTime(long server, long compiler, long database, long loadGenerator, long machine) {

    private static final double MILLIS_PER_TICK = 10.0;

    static CpuTime now(long serverPid) {
        return new CpuTime(ticks(serverPid), compilerTicks(serverPid), databaseTicks(),
                ticks(ProcessHandle.current().pid()), machineTicks());
    }

    CpuTime since(CpuTime start) {
        return new CpuTime(server - start.server, compiler - start.compiler, database - start.database,
                loadGenerator - start.loadGenerator, machine - start.machine);
    }

    /**
     * Milliseconds of CPU per request: server (of it its JIT compiler), database, load generator and simulator,
     * everything else.
     */
    String perRequest(long requests) {
        long other = machine - server - database - loadGenerator;
        return String.format(Locale.ROOT, "%.2f (JIT %.2f) / %.2f / %.2f / %.2f", millis(server, requests),
                millis(Math.max(compiler, 0), requests), millis(database, requests), millis(loadGenerator, requests),
                millis(Math.max(other, 0), requests));
    }

    private static double millis(long ticks, long requests) {
        return requests == 0 ? 0 : ticks * MILLIS_PER_TICK / requests;
    }

    /** utime + stime of one process, all its threads. */
    private static long ticks(long pid) {
        try {
            return processTicks(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * utime + stime of the process's JIT compiler threads alive now (HotSpot names them {@code C1 CompilerThread<n>}
     * and {@code C2 CompilerThread<n>}; the kernel keeps 15 characters). HotSpot starts and stops compiler threads as
     * its queue grows and shrinks: one that ended between two readings takes its time with it, so a difference is
     * at least what the compiler used.
     */
    private static long compilerTicks(long pid) {
        return ProcEntries.sum(Path.of("/proc", Long.toString(pid), "task"), CpuTime::isCompilerThread,
                (entry, stat) -> processTicks(stat));
    }

    static boolean isCompilerThread(String stat) {
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        return name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre");
    }

    static long processTicks(String stat) {
        String[] fields = fieldsFromState(stat);
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /**
     * The fields of a {@code /proc/<pid>/stat} line from its third (state) on: {@code proc(5)}'s field n is
     * index n - 3. The command name, in parentheses, may hold spaces: the fields are counted after its closing one.
     */
    static String[] fieldsFromState(String stat) {
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }

    private static long databaseTicks() {
        return ProcEntries.sum(Path.of("/proc"), ProcEntries::isDatabase,
                (entry, stat) -> processTicks(stat));
    }

    /** Busy ticks of all cores: user, nice, system, irq and softirq (not idle, I/O wait or stolen by the host). */
    private static long machineTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < cpu.length && i <= 7; i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(cpu[i]);
                }
            }
            return busy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
