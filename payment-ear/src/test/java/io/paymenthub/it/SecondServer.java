package io.paymenthub.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A hub of a test's own beside the Arquillian one: the same provisioned server and EAR, its own ports, base
 * directory (fresh H2 data) and settings, for settings that refuse to start or change what is enabled (LiveHubIT);
 * its base directory is prepared as {@link CrashHub}'s is.
 */
final class SecondServer {

    private static final Path SERVER = Path.of(System.getProperty("hub.server.dir", "target/server"));
    static final int OFFSET = Integer.getInteger("hub.crash.port.offset", 12000);
    static final String URL = "http://localhost:" + (8080 + OFFSET);
    private static final String READY = "http://127.0.0.1:" + (9990 + OFFSET) + "/health/ready";

    private final Path work;
    private Process process;

    SecondServer(Path work) {
        this.work = work;
    }

    /** A fresh base directory: the provisioned configuration and the EAR, no data, a boot log of its own. */
    SecondServer prepared() throws IOException {
        CrashHub.prepareBaseDirectory(work);
        return this;
    }

    /** Starts the server with these {@code -D} settings and waits until it is ready. */
    void start(String... settings) throws Exception {
        launch(settings);
        try {
            NotifyReceiver.await("the second server to be ready", Duration.ofSeconds(300), this::isReady);
        } catch (AssertionError e) {
            String log = log();
            throw new AssertionError(e.getMessage() + "; its log ends: " + log.substring(Math.max(0, log.length() - 3000)), e);
        }
    }

    /** Starts the server with these {@code -D} settings and waits until it has started, its EAR deployed or not. */
    void startWhateverComes(String... settings) throws Exception {
        launch(settings);
        NotifyReceiver.await("the second server to have started", Duration.ofSeconds(300),
                () -> log().contains("WFLYSRV0025") || log().contains("WFLYSRV0026"));
    }

    boolean isReady() {
        try {
            return Hub.get(READY, null).status() == 200;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** What the server wrote to its console and its log since its base directory was prepared. */
    String log() {
        return read(work.resolve("console.log")) + read(work.resolve("log/server.log"));
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void launch(String... settings) throws IOException {
        List<String> command = new ArrayList<>(List.of(SERVER.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + work.toAbsolutePath(),
                "-Djboss.socket.binding.port-offset=" + OFFSET,
                "-Dpayment.data.dir=" + work.toAbsolutePath().resolve("h2")));
        for (String setting : settings) {
            command.add("-D" + setting);
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("console.log").toFile()));
        builder.environment().put("JAVA_OPTS", "-Xms128m -Xmx512m -Djava.net.preferIPv4Stack=true");
        // its own H2 file database and settings: the main IT server's database, work queues and environment
        // stay out of it
        builder.environment().keySet().removeIf(name -> name.startsWith("PAYMENT_") || name.startsWith("NEWEBPAY_")
                || name.startsWith("BOG_") || name.startsWith("EPAYMENT_") || name.startsWith("SECURE_PROCESSOR_"));
        process = builder.start();
    }

    /**
     * kill -9 of the server's JVM (and the script that started it): no shutdown hook, no graceful stop. Returns once
     * both are gone and their ports can be bound again (the next start would fail on a port still held).
     */
    void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        List<ProcessHandle> processes = new ArrayList<>(process.toHandle().descendants().toList());
        processes.add(process.toHandle());
        processes.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : processes) {
            try {
                handle.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new AssertionError("The second server's process " + handle.pid() + " did not end", e);
            }
        }
        process = null;
        NotifyReceiver.await("the killed server's ports to be free", Duration.ofSeconds(60),
                () -> canBind(8080 + OFFSET) && canBind(9990 + OFFSET));
    }

    private static boolean canBind(int port) {
        try (java.net.ServerSocket socket = new java.net.ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
