package io.paymenthub.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.paymenthub.it.Hub.Reply;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A kill -9 of the server between a status change and its notification's delivery loses nothing: a second,
 * crash-only hub (same provisioned server and EAR, its own ports and base directory) is killed while the
 * merchant's receiver is down, started again, and delivers the notification once the receiver is up.
 */
class CrashRecoveryIT {

    private static final Path SERVER = Path.of(System.getProperty("hub.server.dir", "target/server"));
    private static final Path WORK = Path.of(System.getProperty("hub.crash.dir", "target/crash-server"));
    private static final int OFFSET = Integer.getInteger("hub.crash.port.offset", 12000);
    private static final String URL = "http://localhost:" + (8080 + OFFSET);
    private static final String READY = "http://127.0.0.1:" + (9990 + OFFSET) + "/health/ready";

    private Process server;
    private WireMockServer receiver;
    private int receiverPort;

    @Test
    void a_notification_written_before_a_kill_is_delivered_after_the_restart() throws Exception {
        prepareBaseDirectory();
        receiverPort = freePort();
        server = start();

        JsonObject payment = createPayment("http://127.0.0.1:" + receiverPort + "/hooks/crash");
        Reply paid = Hub.postForm(URL + "/pay/dummy/" + payment.getString("token"), "outcome=success");
        assertThat(paid.status()).isEqualTo(303);
        JsonObject read = Hub.get(URL + "/api/v1/payments/" + payment.getString("id"), Hub.APP1_KEY).json();
        assertThat(read.getString("status")).isEqualTo("SUCCESSFUL");

        kill(server);

        receiver = new WireMockServer(options().port(receiverPort));
        receiver.stubFor(post(urlEqualTo("/hooks/crash")).willReturn(aResponse().withStatus(200)));
        receiver.start();
        server = start();
        JsonObject afterCrash = Hub.get(URL + "/api/v1/payments/" + payment.getString("id"), Hub.APP1_KEY).json();
        assertThat(afterCrash.getString("status")).as("committed before the kill").isEqualTo("SUCCESSFUL");

        try {
            NotifyReceiver.await("the notification after the restart", Duration.ofSeconds(150),
                    () -> succeededDeliveries(payment.getString("id")).size() > 0);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; notifications: " + Hub.get(URL + "/api/v1/payments/"
                    + payment.getString("id") + "/notifications", Hub.APP1_KEY).body()
                    + "; received: " + receiver.getAllServeEvents().size(), e);
        }
        LoggedRequest delivered = succeededDeliveries(payment.getString("id")).get(0);
        assertThat(delivered.getHeader("Payment-Signature")).startsWith("t=").contains(",v1=");
    }

    private List<LoggedRequest> succeededDeliveries(String paymentId) {
        return receiver.getAllServeEvents().stream().map(event -> event.getRequest())
                .filter(request -> request.getBodyAsString().contains("\"payment.succeeded\""))
                .filter(request -> request.getBodyAsString().contains(paymentId))
                .toList();
    }

    private static JsonObject createPayment(String notifyUrl) {
        Reply created = Hub.post(URL + "/api/v1/payments", Hub.APP1_KEY,
                "{\"amount\":700,\"currency\":\"EUR\",\"description\":\"crash\",\"notifyUrl\":\"" + notifyUrl + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    /** The crash-only server's own base directory: the provisioned configuration and the EAR, fresh data. */
    private static void prepareBaseDirectory() throws IOException {
        deleteRecursively(WORK);
        for (String part : new String[] {"configuration", "deployments"}) {
            Path source = SERVER.resolve("standalone").resolve(part);
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".deployed") || name.endsWith(".failed") || name.endsWith(".isdeploying")) {
                        continue;
                    }
                    Path target = WORK.resolve(part).resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else if (!file.toString().contains("standalone_xml_history")) {
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    private Process start() throws Exception {
        List<String> command = new ArrayList<>(List.of(SERVER.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + WORK.toAbsolutePath(),
                "-Djboss.socket.binding.port-offset=" + OFFSET,
                "-Dpayment.data.dir=" + WORK.toAbsolutePath().resolve("h2"),
                "-DBACKEND_URL=" + URL,
                "-DPAYMENT_API_KEYS=app1:" + Hub.APP1_KEY,
                "-DPAYMENT_NOTIFY_ALLOWED_TARGETS=127.0.0.1:" + receiverPort,
                "-DPAYMENT_NOTIFY_SECRET=" + NotifyReceiver.SECRET,
                "-DPAYMENT_NOTIFY_RETRY_DELAYS=1s,1s,1s,1s,1s,1s,1s,1s",
                "-DPAYMENT_NOTIFY_INTERVAL_MS=300"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(WORK.resolve("console.log").toFile()));
        builder.environment().put("JAVA_OPTS", "-Xms128m -Xmx512m -Djava.net.preferIPv4Stack=true");
        // its own H2 file database: the main IT server's database and work queues stay untouched
        builder.environment().keySet().removeIf(name -> name.startsWith("PAYMENT_DB_"));
        Process process = builder.start();
        NotifyReceiver.await("the crash-only server to be ready", Duration.ofSeconds(180), () -> {
            try {
                return Hub.get(READY, null).status() == 200;
            } catch (RuntimeException e) {
                return false;
            }
        });
        return process;
    }

    /** kill -9 of the server's JVM (and the script that started it): no shutdown hook, no graceful stop. */
    private static void kill(Process process) throws InterruptedException {
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

    @AfterEach
    void stopEverything() throws InterruptedException {
        if (server != null) {
            kill(server);
        }
        if (receiver != null) {
            receiver.stop();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
