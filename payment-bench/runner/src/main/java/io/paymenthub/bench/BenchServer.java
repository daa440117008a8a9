package io.paymenthub.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The provisioned WildFly (payment-ear/target/server), started as a process of its own with a server base
 * directory of the benchmark's: its configuration, the EAR as built and the ceiling WAR beside it. Configured
 * by environment variables, as in production.
 */
final class BenchServer implements AutoCloseable {

    private static final Pattern WILDFLY_STARTED = Pattern.compile("WFLYSRV0025: .* started in (\\d+)ms");
    /** What jcmd prints of a command that failed in the JVM: JVMTI.agent_load's agent answered with its code. */
    private static final Pattern FAILED_COMMAND = Pattern.compile("return code: [1-9]|\\[ERROR\\]");
    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(3);

    private final Settings settings;
    private final Process process;
    private final Path baseDir;
    private final long launchedNanos;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private BenchServer(Settings settings, Process process, Path baseDir, long launchedNanos) {
        this.settings = settings;
        this.process = process;
        this.baseDir = baseDir;
        this.launchedNanos = launchedNanos;
    }

    static BenchServer launch(Settings settings, Map<String, String> environment) throws IOException {
        refuseTakenPort(settings.httpPort());
        refuseTakenPort(settings.managementPort());
        Path baseDir = prepareBaseDir(settings);
        List<String> command = new ArrayList<>(List.of(
                "sh", settings.serverDir().resolve("bin/payment-hub.sh").toString(),
                "-Djboss.server.base.dir=" + baseDir,
                "-Djboss.socket.binding.port-offset=" + settings.portOffset()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(settings.workDir().resolve("server-console.log").toFile());
        builder.environment().putAll(environment);
        // standalone.sh passes SIGTERM on to the JVM (a graceful stop) and writes the JVM's pid
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        builder.environment().put("JBOSS_PIDFILE", pidFile(settings).toString());
        if (!settings.serverJavaOpts().isBlank()) {
            builder.environment().put("JAVA_OPTS", settings.serverJavaOpts());
        }
        long launched = System.nanoTime();
        return new BenchServer(settings, builder.start(), baseDir, launched);
    }

    /** Waits until both deployments are up and readiness is UP; the seconds since launch. */
    double awaitDeployed() throws InterruptedException {
        long deadline = System.nanoTime() + BOOT_TIMEOUT.toNanos();
        Path deployments = baseDir.resolve("deployments");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server exited with " + process.exitValue() + "; see "
                        + settings.workDir().resolve("server-console.log"));
            }
            try (Stream<Path> files = Files.list(deployments)) {
                Optional<Path> failed = files.filter(f -> f.toString().endsWith(".failed")).findFirst();
                if (failed.isPresent()) {
                    throw new IllegalStateException("Deployment failed: " + failed.get() + " ("
                            + Files.readString(failed.get()).strip() + ")");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (Files.exists(deployments.resolve("payment-hub.ear.deployed"))
                    && Files.exists(deployments.resolve("bench-ceiling.war.deployed"))
                    && status(settings.managementUrl() + "/health/ready") == 200) {
                return (System.nanoTime() - launchedNanos) / 1e9;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The server was not ready within " + BOOT_TIMEOUT);
    }

    /** WildFly's own figure for its boot (WFLYSRV0025), in milliseconds, if the log has it. */
    Optional<Long> reportedBootMillis() throws IOException {
        try (Stream<String> lines = Files.lines(serverLog())) {
            return lines.map(WILDFLY_STARTED::matcher).filter(Matcher::find).map(m -> Long.parseLong(m.group(1)))
                    .findFirst();
        }
    }

    /** The server JVM's process id. */
    long pid() throws IOException {
        return Long.parseLong(Files.readString(pidFile(settings)).strip());
    }

    /** The scheduling policy of the server JVM's main thread, as {@code bin/payment-hub.sh} left it. */
    String schedulingPolicy() throws IOException {
        return schedulingPolicy(Files.readString(Path.of("/proc", Long.toString(pid()), "stat")));
    }

    /** {@code proc(5)}'s field 41, by {@code sched(7)}'s name. */
    static String schedulingPolicy(String stat) {
        int policy = Integer.parseInt(CpuTime.fieldsFromState(stat)[41 - 3]);
        return switch (policy) {
            case 0 -> "SCHED_OTHER";
            case 1 -> "SCHED_FIFO";
            case 2 -> "SCHED_RR";
            case 3 -> "SCHED_BATCH";
            case 5 -> "SCHED_IDLE";
            case 6 -> "SCHED_DEADLINE";
            default -> "policy " + policy;
        };
    }

    /** The server JVM's resident memory (VmRSS), in MiB. */
    long residentMiB() throws IOException {
        String pid = Long.toString(pid());
        for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        throw new IllegalStateException("No VmRSS for process " + pid);
    }

    /** Heap in use, in MiB, as the server's own metrics report it (jvm_memory_used_bytes, area heap). */
    long heapUsedMiB() throws IOException, InterruptedException {
        double bytes = sum(metrics(), line -> line.startsWith("jvm_memory_used_bytes{")
                && line.contains("area=\"heap\""));
        return (long) (bytes / (1024 * 1024));
    }

    /** The hub's shared transactions so far and the units of work they held, from its metrics. */
    SharedTransactions sharedTransactions() throws IOException, InterruptedException {
        String metrics = metrics();
        return new SharedTransactions(
                (long) sum(metrics, line -> line.startsWith("paymenthub_shared_transaction_units_count")),
                (long) sum(metrics, line -> line.startsWith("paymenthub_shared_transaction_units_sum")));
    }

    private String metrics() throws IOException, InterruptedException {
        return get(settings.managementUrl() + "/metrics");
    }

    /** The sum of the values (Prometheus text: each line's last field) of the metric lines {@code picked}. */
    private static double sum(String metrics, Predicate<String> picked) {
        return metrics.lines().filter(picked)
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    /** A count of shared transactions and of the units of work they held (the group commit, see the README). */
    record SharedTransactions(long transactions, long units) {

        /** Units per shared transaction since {@code before}, or "—" when none ran. */
        String unitsPerTransactionSince(SharedTransactions before) {
            long ran = transactions - before.transactions;
            return ran == 0 ? "—" : String.format(Locale.ROOT, "%.2f", (units - before.units) / (double) ran);
        }
    }

    /** Lines of the server's log at ERROR and at WARN. */
    long[] logErrorsAndWarnings() throws IOException {
        try (Stream<String> lines = Files.lines(serverLog())) {
            long[] counts = new long[2];
            lines.forEach(line -> {
                if (line.contains(" ERROR [")) {
                    counts[0]++;
                } else if (line.contains(" WARN  [")) {
                    counts[1]++;
                }
            });
            return counts;
        }
    }

    Path serverLog() {
        return baseDir.resolve("log/server.log");
    }

    String get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private int status(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Starts profiling the server JVM as the settings say, the profile named {@code name}. */
    void startProfile(String name) throws IOException, InterruptedException {
        for (List<String> command : settings.profiling().start(name, settings.workDir())) {
            jcmd(command.toArray(String[]::new));
        }
    }

    void stopProfile(String name) throws IOException, InterruptedException {
        for (List<String> command : settings.profiling().stop(name, settings.workDir())) {
            jcmd(command.toArray(String[]::new));
        }
    }

    /** Fails when jcmd does, or when the command it ran says it failed (an agent's load answers with a code). */
    private void jcmd(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd")
                .toString(), Files.readString(pidFile(settings)).strip()));
        command.addAll(List.of(arguments));
        Process jcmd = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0 || FAILED_COMMAND.matcher(output).find()) {
            throw new IllegalStateException("jcmd failed: " + command + ": " + output.strip());
        }
    }

    /** A graceful stop (SIGTERM), forced after 60 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static Path prepareBaseDir(Settings settings) throws IOException {
        Path baseDir = settings.workDir().resolve("standalone");
        deleteTree(baseDir);
        Path provisioned = settings.serverDir().resolve("standalone");
        Path ear = provisioned.resolve("deployments/payment-hub.ear");
        if (!Files.exists(ear)) {
            throw new IllegalStateException("No provisioned server with the EAR at " + settings.serverDir()
                    + ": build it first (mvn -Pbench package builds everything)");
        }
        copyTree(provisioned.resolve("configuration"), baseDir.resolve("configuration"));
        Files.createDirectories(baseDir.resolve("deployments"));
        Files.copy(ear, baseDir.resolve("deployments/payment-hub.ear"));
        Files.copy(settings.ceilingWar(), baseDir.resolve("deployments/bench-ceiling.war"));
        return baseDir;
    }

    private static Path pidFile(Settings settings) {
        return settings.workDir().resolve("server.pid").toAbsolutePath();
    }

    private static void refuseTakenPort(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            throw new IllegalStateException("Port " + port + " is taken: another server is running there (set "
                    + "-Dbench.port.offset to move the benchmarked one)");
        } catch (IOException free) {
            // nobody listens: the port is ours
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
