package io.paymenthub.notification.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The exchange over real sockets: where it connects, what it sends, and that nothing outlasts its deadline. */
class PinnedPostTest {

    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
    private final ServerSocket server = listen();

    @AfterEach
    void close() throws IOException {
        watchdog.shutdownNow();
        server.close();
    }

    private static ServerSocket listen() {
        try {
            return new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Accepts one connection, reads the request's head and body, then answers as told. */
    private CompletableFuture<String> receiver(Answer answer) {
        return CompletableFuture.supplyAsync(() -> {
            try (Socket socket = server.accept()) {
                String request = readRequest(socket.getInputStream());
                answer.answer(socket.getOutputStream());
                return request;
            } catch (IOException e) {
                return "closed: " + e.getMessage();
            }
        });
    }

    interface Answer {
        void answer(OutputStream out) throws IOException;
    }

    private static String readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            head.write(in.read());
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        int length = Integer.parseInt(text.replaceAll("(?s).*Content-Length: (\\d+).*", "$1"));
        return text + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private int post(String url, Duration deadline) throws PinnedPost.Failure {
        return PinnedPost.post(URI.create(url), InetAddress.getLoopbackAddress(), Map.of("webhook-id", "evt_1"),
                "{\"a\":1}".getBytes(StandardCharsets.UTF_8), System.nanoTime() + deadline.toNanos(), watchdog,
                (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    @Test
    void connects_to_the_given_address_whatever_the_url_names_and_sends_the_urls_host() throws Exception {
        CompletableFuture<String> received = receiver(out -> out.write("HTTP/1.1 204 No Content\r\n\r\n".getBytes()));
        // the host name is never resolved: the connection goes to the address given (loopback here)
        int status = post("http://hooks.shop.example:" + server.getLocalPort() + "/in?x=1", Duration.ofSeconds(5));
        assertThat(status).isEqualTo(204);
        String request = received.get(5, TimeUnit.SECONDS);
        assertThat(request).startsWith("POST /in?x=1 HTTP/1.1\r\n")
                .contains("Host: hooks.shop.example:" + server.getLocalPort() + "\r\n")
                .contains("webhook-id: evt_1\r\n").contains("Content-Length: 7\r\n").endsWith("\r\n\r\n{\"a\":1}");
    }

    @Test
    void a_receiver_trickling_its_answer_for_ever_is_left_at_the_deadline() {
        receiver(out -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n".getBytes());
            for (int i = 0; i < 10_000; i++) {
                out.write('x');
                out.flush();
                sleep(100);
            }
        });
        long started = System.nanoTime();
        // the status came: the body is never read, so the trickle holds nothing
        assertThat(postQuietly(Duration.ofSeconds(2))).isEqualTo("200");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void a_receiver_trickling_its_status_line_for_ever_is_left_at_the_deadline() {
        receiver(out -> {
            for (int i = 0; i < 10_000; i++) {
                out.write(i == 0 ? 'H' : ' ');
                out.flush();
                sleep(100);
            }
        });
        long started = System.nanoTime();
        assertThat(postQuietly(Duration.ofMillis(1500))).isEqualTo("timeout: no answer within the delivery deadline");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(1400), Duration.ofSeconds(3));
    }

    @Test
    void a_receiver_that_never_reads_the_body_is_left_at_the_deadline() throws Exception {
        Socket[] held = new Socket[1];
        CompletableFuture.runAsync(() -> {
            try {
                held[0] = server.accept(); // accepts, never reads: the sender's writes fill the buffers and block
            } catch (IOException e) {
                // closed by the test
            }
        });
        byte[] big = new byte[32 * 1024 * 1024];
        long started = System.nanoTime();
        assertThatThrownBy(() -> PinnedPost.post(URI.create("http://127.0.0.1:" + server.getLocalPort() + "/"),
                InetAddress.getLoopbackAddress(), Map.of(), big, System.nanoTime() + Duration.ofSeconds(1).toNanos(),
                watchdog, (SSLSocketFactory) SSLSocketFactory.getDefault()))
                .isInstanceOf(PinnedPost.Failure.class).hasMessageStartingWith("timeout");
        // bounded, not for ever: closing a socket stuck in a write took up to 4.8 s on a loaded two-core machine
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        if (held[0] != null) {
            held[0].close();
        }
    }

    @Test
    void a_closed_port_is_a_short_reason_without_the_address() throws IOException {
        int port = server.getLocalPort();
        server.close();
        assertThatThrownBy(() -> post("http://10.1.2.3:" + port + "/", Duration.ofSeconds(2)))
                .isInstanceOf(PinnedPost.Failure.class).hasMessage("connection refused")
                .matches(e -> ((PinnedPost.Failure) e).notConnected());
    }

    @Test
    void an_informational_answer_is_skipped_for_the_final_status() {
        receiver(out -> out.write("HTTP/1.1 100 Continue\r\nX: y\r\n\r\nHTTP/1.1 503 Busy\r\n\r\n".getBytes()));
        assertThat(postQuietly(Duration.ofSeconds(2))).isEqualTo("503");
    }

    private String postQuietly(Duration deadline) {
        try {
            return Integer.toString(post("http://127.0.0.1:" + server.getLocalPort() + "/", deadline));
        } catch (PinnedPost.Failure e) {
            return e.getMessage();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
