package io.paymenthub.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.it.Hub.Reply;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Delivery against hostile receivers, with the production address rules on: the server's
 * {@code PAYMENT_NOTIFY_ALLOWED_TARGETS} names only the test receivers' exact ip:port (127.0.0.1 and 127.0.0.2 on
 * the notify port), and every other internal target is refused, when the payment is created or when it is sent.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationDeliveryIT {

    @RegisterExtension
    static final NotifyReceiver RECEIVER = new NotifyReceiver();
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** The server's PAYMENT_NOTIFY_TIMEOUT_MS: the hard deadline of one delivery. */
    private static final Duration DEADLINE = Duration.ofSeconds(5);
    private static final String REFUSED = "refused: the notify URL must be https to a public address";

    /**
     * A receiver on 127.0.0.2 that accepts, reads the request and then trickles: on {@code /body} a status line
     * and headers promising a long body, then one byte of it every 200 ms for ever; on {@code /head} the status
     * line itself, one byte every 200 ms, never ending it.
     */
    static final class TricklingReceiver implements AutoCloseable {
        final ServerSocket server;
        final AtomicInteger open = new AtomicInteger();
        final AtomicInteger accepted = new AtomicInteger();

        TricklingReceiver() throws IOException {
            server = new ServerSocket(NotifyReceiver.PORT, 50, InetAddress.getByName("127.0.0.2"));
            Thread acceptor = new Thread(this::acceptAll, "trickling-receiver");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        static String url(String path) {
            return "http://127.0.0.2:" + NotifyReceiver.PORT + path;
        }

        private void acceptAll() {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    accepted.incrementAndGet();
                    Thread trickle = new Thread(() -> trickle(socket), "trickle");
                    trickle.setDaemon(true);
                    trickle.start();
                } catch (IOException e) {
                    return;
                }
            }
        }

        private void trickle(Socket socket) {
            open.incrementAndGet();
            try (socket) {
                String head = readHead(socket.getInputStream());
                OutputStream out = socket.getOutputStream();
                byte[] prefix = head.startsWith("POST /body") ? "HTTP/1.1 200 OK\r\nContent-Length: 100000000\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII) : "HTTP/1.1 2".getBytes(StandardCharsets.US_ASCII);
                out.write(prefix, 0, head.startsWith("POST /body") ? prefix.length : 1);
                out.flush();
                for (int i = 0; !server.isClosed(); i++) {
                    Thread.sleep(200);
                    out.write(head.startsWith("POST /body") ? 'x' : 'T');
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // the hub hung up: what a deadline does
            } finally {
                open.decrementAndGet();
            }
        }

        private static String readHead(InputStream in) throws IOException {
            StringBuilder head = new StringBuilder();
            while (head.indexOf("\r\n\r\n") < 0) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                head.append((char) b);
            }
            return head.toString();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    private static JsonObject paymentOf(String apiKey, String notifyUrl) {
        Reply created = Hub.post("/api/v1/payments", apiKey,
                "{\"amount\":400,\"currency\":\"EUR\",\"description\":\"delivery\",\"notifyUrl\":\"" + notifyUrl + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private static JsonObject pendingEvent(JsonObject payment, String apiKey) {
        List<JsonObject> events = EventsIT.events("payment=" + payment.getString("id"), apiKey);
        return events.isEmpty() ? null : events.get(events.size() - 1);
    }

    @Test
    void a_receiver_trickling_for_ever_holds_no_other_apps_notifications() throws Exception {
        try (TricklingReceiver trickling = new TricklingReceiver()) {
            // app1's receivers trickle: three status lines never finished, one body never finished
            List<JsonObject> stalled = List.of(paymentOf(Hub.APP1_KEY, TricklingReceiver.url("/head/1")),
                    paymentOf(Hub.APP1_KEY, TricklingReceiver.url("/head/2")),
                    paymentOf(Hub.APP1_KEY, TricklingReceiver.url("/head/3")));
            NotifyReceiver.await("app1's first delivery hangs at its receiver", PATIENCE,
                    () -> trickling.open.get() > 0);

            // meanwhile app2's notification is delivered at once, not after app1's deadlines
            String path = "/delivery/" + UUID.randomUUID();
            RECEIVER.server.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
            long started = System.nanoTime();
            JsonObject other = paymentOf(Hub.APP2_KEY, NotifyReceiver.url(path));
            NotifyReceiver.await("app2's event delivered", PATIENCE, () -> {
                JsonObject event = pendingEvent(other, Hub.APP2_KEY);
                return event != null && EventsIT.state(event).equals("delivered");
            });
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(trickling.open.get()).as("app1's delivery still hangs meanwhile").isPositive();
            assertThat(took).as("app2 waited for no deadline of app1's").isLessThan(DEADLINE.minusSeconds(1));

            // each hanging attempt ended at the deadline, with a short reason
            NotifyReceiver.await("app1's first attempts end", PATIENCE, () -> stalled.stream().allMatch(p ->
                    !pendingEvent(p, Hub.APP1_KEY).getJsonObject("delivery").getJsonArray("attempts").isEmpty()));
            for (JsonObject payment : stalled) {
                JsonObject attempt = pendingEvent(payment, Hub.APP1_KEY).getJsonObject("delivery")
                        .getJsonArray("attempts").getJsonObject(0);
                assertThat(attempt.getString("error")).isEqualTo("timeout: no answer within the delivery deadline");
                assertThat(attempt.getJsonNumber("durationMs").longValue())
                        .isBetween(DEADLINE.toMillis() - 100, DEADLINE.toMillis() + 2000);
            }

            // a body trickled for ever: the status is all a delivery reads
            JsonObject body = paymentOf(Hub.APP2_KEY, TricklingReceiver.url("/body"));
            NotifyReceiver.await("the trickled body's event delivered", PATIENCE, () -> {
                JsonObject event = pendingEvent(body, Hub.APP2_KEY);
                return event != null && EventsIT.state(event).equals("delivered");
            });
            JsonObject attempt = pendingEvent(body, Hub.APP2_KEY).getJsonObject("delivery").getJsonArray("attempts")
                    .getJsonObject(0);
            assertThat(attempt.getInt("statusCode")).isEqualTo(200);
            assertThat(attempt.getJsonNumber("durationMs").longValue()).isLessThan(DEADLINE.toMillis());
        }
    }

    @Test
    void notify_urls_into_the_hubs_network_are_refused_when_the_payment_is_created() {
        for (String url : new String[] {
                "http://127.0.0.1:" + (NotifyReceiver.PORT + 1) + "/h",    // an internal port not allowed
                "https://127.0.0.1:" + (NotifyReceiver.PORT + 1) + "/h",
                "http://localhost:" + NotifyReceiver.PORT + "/h",           // a name, not the allowed address
                "https://10.0.0.1/h", "https://172.16.0.1/h", "https://192.168.1.1/h", "https://169.254.169.254/h",
                "https://0.0.0.0/h", "https://0.1.2.3/h", "https://100.64.0.1/h", "https://198.18.0.1/h",
                "https://224.0.0.1/h", "https://[::1]/h", "https://[fd00::1]/h", "https://[64:ff9b::a00:1]/h",
                "https://[::ffff:127.0.0.1]/h", "https://[::ffff:100.64.0.1]/h", "https://127.1/h",
                "https://2130706433/h", "https://metadata.internal/h", "http://shop.example/h"}) {
            Reply created = Hub.post("/api/v1/payments", Hub.APP1_KEY,
                    "{\"amount\":100,\"currency\":\"EUR\",\"notifyUrl\":\"" + url + "\"}");
            assertThat(created.status()).as(url + " → " + created.body()).isEqualTo(400);
            assertThat(created.json().getString("code")).as(url).isEqualTo("invalid_url");
        }
    }

    @Test
    void a_host_name_that_resolves_into_the_hubs_network_is_refused_when_it_is_sent() throws Exception {
        // this machine's own name passes the check of the URL as written; its address is checked when sending
        String name = InetAddress.getLocalHost().getHostName();
        InetAddress resolved = InetAddress.getByName(name);
        assertThat(resolved.isLoopbackAddress() || resolved.isSiteLocalAddress() || resolved.isLinkLocalAddress())
                .as("%s resolves to %s, an internal address", name, resolved).isTrue();
        String path = "/delivery/" + UUID.randomUUID();
        RECEIVER.server.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
        JsonObject payment = paymentOf(Hub.APP1_KEY, "https://" + name + ":" + NotifyReceiver.PORT + path);

        NotifyReceiver.await("a refused attempt", PATIENCE, () -> {
            JsonObject event = pendingEvent(payment, Hub.APP1_KEY);
            return event != null && !event.getJsonObject("delivery").getJsonArray("attempts").isEmpty();
        });
        JsonObject attempt = pendingEvent(payment, Hub.APP1_KEY).getJsonObject("delivery").getJsonArray("attempts")
                .getJsonObject(0);
        assertThat(attempt.getString("error")).isEqualTo(REFUSED);
        assertThat(attempt.get("statusCode")).isIn(null, jakarta.json.JsonValue.NULL);
        assertThat(RECEIVER.requestsTo(path)).isEmpty();
    }

    @Test
    void a_failed_connection_shows_a_short_reason_without_the_address() throws Exception {
        // nothing listens on 127.0.0.2 now: allowed, but refused by the operating system
        JsonObject payment = paymentOf(Hub.APP1_KEY, TricklingReceiver.url("/nobody"));
        NotifyReceiver.await("a failed attempt", PATIENCE, () -> {
            JsonObject event = pendingEvent(payment, Hub.APP1_KEY);
            return event != null && !event.getJsonObject("delivery").getJsonArray("attempts").isEmpty();
        });
        JsonObject event = pendingEvent(payment, Hub.APP1_KEY);
        assertThat(event.getJsonObject("delivery").getJsonArray("attempts").getJsonObject(0).getString("error"))
                .isEqualTo("connection refused");
        assertThat(EventsIT.state(pendingEvent(payment, Hub.APP1_KEY))).isIn("retrying", "pending", "dead");
    }
}
