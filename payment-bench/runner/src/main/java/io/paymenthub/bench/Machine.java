package io.paymenthub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the figures were measured on, as the report prints it. */
record Machine(int cores, String cpu, long memoryMiB, String os, String java) {

    static Machine describe() {
        return new Machine(Runtime.getRuntime().availableProcessors(),
                procLine("/proc/cpuinfo", "model name"),
                parseKiB(procLine("/proc/meminfo", "MemTotal")) / 1024,
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    }

    @Override
    public String toString() {
        return cores + " cores (" + cpu + "), " + memoryMiB + " MiB, " + os + ", " + java;
    }

    private static String procLine(String file, String key) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            return lines.stream().filter(l -> l.startsWith(key)).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long parseKiB(String text) {
        String digits = text.replaceAll("\\D", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits);
    }
}
