package io.paymenthub.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A second hub that a test may kill: the same provisioned server and EAR as the main IT server, its own ports
 * ({@code hub.crash.port.offset}) and base directory. Started with an H2 file database of its own unless the test
 * gives it a database ({@code PAYMENT_DB_*} environment); the main IT server's database and work queues stay
 * untouched.
 */
final class CrashHub {

    private static final Path SERVER = Path.of(System.getProperty("hub.server.dir", "target/server"));
    static final Path WORK = Path.of(System.getProperty("hub.crash.dir", "target/crash-server"));
    private static final int OFFSET = Integer.getInteger("hub.crash.port.offset", 12000);
    static final String URL = "http://localhost:" + (8080 + OFFSET);
    private static final String READY = "http://127.0.0.1:" + (9990 + OFFSET) + "/health/ready";

    private CrashHub() {
    }

    /** The crash-only server's own base directory: the provisioned configuration and the EAR, fresh data. */
    static void prepareBaseDirectory() throws IOException {
        prepareBaseDirectory(WORK);
    }

    /** A fresh base directory for a server of a test's own: the provisioned configuration and the EAR, no data. */
    static void prepareBaseDirectory(Path work) throws IOException {
        deleteRecursively(work);
        for (String part : new String[] {"configuration", "deployments"}) {
            Path source = SERVER.resolve("standalone").resolve(part);
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".deployed") || name.endsWith(".failed") || name.endsWith(".isdeploying")) {
                        continue;
                    }
                    Path target = work.resolve(part).resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else if (!file.toString().contains("standalone_xml_history")) {
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        ownBootLog(work);
    }

    /**
     * The boot logs to the file logging.properties names until the logging subsystem starts: the main server's own
     * log, as WildFly wrote it there, which two servers writing at once would garble (and the main server's log would
     * hold this one's boot). This server's log instead.
     */
    private static void ownBootLog(Path work) throws IOException {
        Path loggingProperties = work.resolve("configuration/logging.properties");
        if (!Files.exists(loggingProperties)) {
            return;
        }
        String log = work.resolve("log").resolve("server.log").toAbsolutePath().toString();
        List<String> lines = Files.readAllLines(loggingProperties).stream()
                .map(line -> line.startsWith("handler.FILE.fileName=") ? "handler.FILE.fileName=" + log : line)
                .toList();
        Files.createDirectories(work.resolve("log"));
        Files.write(loggingProperties, lines);
    }

    /**
     * Starts it with app1's key, the given system properties ({@code -Dname=value}) and database environment
     * ({@code PAYMENT_DB_*}; none: its own H2 file), and waits until it is ready.
     */
    static Process start(List<String> properties, Map<String, String> database) throws Exception {
        List<String> command = new ArrayList<>(List.of(SERVER.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + WORK.toAbsolutePath(),
                "-Djboss.socket.binding.port-offset=" + OFFSET,
                "-Dpayment.data.dir=" + WORK.toAbsolutePath().resolve("h2"),
                "-DBACKEND_URL=" + URL,
                "-DPAYMENT_API_KEYS=app1:" + Hub.APP1_KEY));
        command.addAll(properties);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(WORK.resolve("console.log").toFile()));
        builder.environment().put("JAVA_OPTS", "-Xms128m -Xmx512m -Djava.net.preferIPv4Stack=true");
        builder.environment().keySet().removeIf(name -> name.startsWith("PAYMENT_DB_"));
        builder.environment().putAll(database);
        Process process = builder.start();
        NotifyReceiver.await("the crash-only server to be ready", Duration.ofSeconds(240), () -> {
            try {
                return Hub.get(READY, null).status() == 200;
            } catch (RuntimeException e) {
                return false;
            }
        });
        return process;
    }

    /** kill -9 of the server's JVM (and the script that started it): no shutdown hook, no graceful stop. */
    static void kill(Process process) throws InterruptedException {
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
        NotifyReceiver.await("the killed server's ports to be free", Duration.ofSeconds(30), () -> {
            try {
                Hub.get(READY, null);
                return false;
            } catch (RuntimeException e) {
                return true;
            }
        });
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
