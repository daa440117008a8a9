package io.paymenthub.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The hub as a cluster on this machine, started as the README says: the cluster server's
 * {@code bin/payment-hub-cluster.sh} (WildFly's balancer and two nodes), with its own ports and directory. A node is
 * killed through its pid file, as an operator would, and started again with {@code payment-hub-cluster.sh node N}.
 */
final class LocalCluster {

    private static final Path NODE_SERVER = Path.of(System.getProperty("hub.cluster.node.dir", "target/cluster-node"));
    static final Path DIR = Path.of(System.getProperty("hub.cluster.dir", "target/cluster-it")).toAbsolutePath();
    static final int OFFSET = Integer.getInteger("hub.cluster.port.offset", 14000);
    static final String BALANCER = "http://localhost:" + (8080 + OFFSET);

    private final Map<String, String> environment;
    private Process cluster;
    private final List<Process> restarted = new ArrayList<>();

    LocalCluster(Map<String, String> environment) {
        this.environment = environment;
    }

    static String node(int number) {
        return "http://localhost:" + (8080 + OFFSET + 100 * number);
    }

    private static String health(int number) {
        return "http://127.0.0.1:" + (9990 + OFFSET + 100 * number) + "/health/ready";
    }

    /** Starts the balancer and both nodes, and waits until each node is ready and the balancer reaches them. */
    void start() throws Exception {
        CrashHub.deleteRecursively(DIR);
        Files.createDirectories(DIR);
        cluster = launch(List.of(), "cluster.log");
        awaitReady(1);
        awaitReady(2);
        NotifyReceiver.await("the balancer to reach the nodes", Duration.ofSeconds(120),
                () -> statusOf(BALANCER + "/openapi") == 200);
    }

    /** kill -9 of node N's JVM, by its pid file: no shutdown, no goodbye to the cluster or the balancer. */
    void kill(int number) throws Exception {
        long pid = Long.parseLong(Files.readString(DIR.resolve("node" + number + ".pid")).trim());
        ProcessHandle java = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("node" + number + " is not running"));
        java.destroyForcibly();
        java.onExit().get(60, TimeUnit.SECONDS);
    }

    /** {@code payment-hub-cluster.sh node N}: node N again, in the same base directory; waits until it is ready. */
    void restart(int number) throws Exception {
        restarted.add(launch(List.of("node", String.valueOf(number)), "node" + number + "-restart.log"));
        awaitReady(number);
    }

    boolean isReady(int number) {
        return statusOf(health(number)) == 200;
    }

    private void awaitReady(int number) throws Exception {
        try {
            NotifyReceiver.await("node" + number + " to be ready", Duration.ofSeconds(300), () -> isReady(number));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; its log ends: " + tail(DIR.resolve("node" + number)
                    .resolve("log/server.log")) + tail(DIR.resolve("node" + number).resolve("console.log")), e);
        }
    }

    private Process launch(List<String> arguments, String log) throws IOException {
        List<String> command = new ArrayList<>(List.of("sh", NODE_SERVER.resolve("bin/payment-hub-cluster.sh")
                .toAbsolutePath().toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(DIR.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(DIR.resolve(log).toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("PAYMENT_") || name.startsWith("NEWEBPAY_")
                || name.startsWith("BOG_") || name.startsWith("EPAYMENT_") || name.startsWith("SECURE_PROCESSOR_"));
        env.put("PAYMENT_TLS_KEYSTORE_PASSWORD", "it-keystore-password");
        env.put("PAYMENT_CLUSTER_DIR", DIR.toString());
        env.put("PAYMENT_PORT_OFFSET", String.valueOf(OFFSET));
        env.put("PAYMENT_CLUSTER_NODES", "2");
        env.putAll(environment);
        return builder.start();
    }

    /** Stops everything: SIGTERM to the launchers (their trap stops the servers), then whatever is left, forcibly. */
    void stop() throws Exception {
        List<Process> launchers = new ArrayList<>(restarted);
        if (cluster != null) {
            launchers.add(cluster);
        }
        List<ProcessHandle> all = new ArrayList<>();
        for (Process launcher : launchers) {
            all.addAll(launcher.toHandle().descendants().toList());
            all.add(launcher.toHandle());
            launcher.destroy();
        }
        for (Process launcher : launchers) {
            launcher.waitFor(60, TimeUnit.SECONDS);
        }
        for (ProcessHandle handle : all) {
            if (handle.isAlive()) {
                handle.destroyForcibly();
                handle.onExit().get(60, TimeUnit.SECONDS);
            }
        }
    }

    static int statusOf(String url) {
        return Calls.call(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).GET()).status();
    }

    private static String tail(Path file) {
        try {
            String text = Files.exists(file) ? Files.readString(file) : "";
            return text.substring(Math.max(0, text.length() - 3000));
        } catch (IOException e) {
            return e.toString();
        }
    }

    static Map<String, String> databaseEnvironment(String url, String user, String password) {
        Map<String, String> env = new HashMap<>();
        env.put("PAYMENT_DB_URL", url);
        env.put("PAYMENT_DB_USER", user);
        env.put("PAYMENT_DB_PASSWORD", password);
        return env;
    }

    /** HTTP calls that may fail: a refused connection or a timeout is an answer too (status -1), never a throw. */
    static final class Calls {

        private static final java.net.http.HttpClient CLIENT = java.net.http.HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(3)).followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();

        private Calls() {
        }

        record Answer(int status, String body, String location) {
        }

        static Answer call(java.net.http.HttpRequest.Builder request) {
            try {
                var response = CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                return new Answer(response.statusCode(), response.body(),
                        response.headers().firstValue("Location").orElse(null));
            } catch (IOException e) {
                return new Answer(-1, e.toString(), null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Answer(-1, e.toString(), null);
            }
        }
    }
}
