package io.paymenthub.notification.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pinned to the checked address, TLS still speaks to and verifies the URL's host: the receiver's certificate
 * (self-signed for {@code hooks.test}, trusted here) must name it. The test keystore was made with
 * {@code keytool -genkeypair -keyalg EC -dname CN=hooks.test -ext SAN=dns:hooks.test -storetype PKCS12}.
 */
class PinnedPostTlsTest {

    private static final char[] PASSWORD = "changeit".toCharArray();

    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
    private SSLContext tls;
    private SSLServerSocket server;

    @BeforeEach
    void listen() throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = getClass().getResourceAsStream("/notification/hooks-test.p12")) {
            keys.load(in, PASSWORD);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        tls = SSLContext.getInstance("TLS");
        tls.init(keyManagers.getKeyManagers(), trust.getTrustManagers(), null);
        server = (SSLServerSocket) tls.getServerSocketFactory().createServerSocket(0, 10, InetAddress.getLoopbackAddress());
    }

    @AfterEach
    void close() throws Exception {
        watchdog.shutdownNow();
        server.close();
    }

    private CompletableFuture<String> answer204() {
        return CompletableFuture.supplyAsync(() -> {
            try (SSLSocket socket = (SSLSocket) server.accept()) {
                socket.startHandshake();
                String sni = socket.getSession() instanceof javax.net.ssl.ExtendedSSLSession session
                        && !session.getRequestedServerNames().isEmpty()
                        ? new String(session.getRequestedServerNames().get(0).getEncoded(), StandardCharsets.US_ASCII)
                        : "";
                byte[] head = new byte[1024];
                socket.getInputStream().read(head);
                OutputStream out = socket.getOutputStream();
                out.write("HTTP/1.1 204 No Content\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                return sni;
            } catch (Exception e) {
                return "failed: " + e;
            }
        });
    }

    private int post(String host) throws PinnedPost.Failure {
        return PinnedPost.post(URI.create("https://" + host + ":" + server.getLocalPort() + "/hooks"),
                InetAddress.getLoopbackAddress(), Map.of(), "{}".getBytes(StandardCharsets.UTF_8),
                System.nanoTime() + TimeUnit.SECONDS.toNanos(5), watchdog, tls.getSocketFactory());
    }

    @Test
    void the_url_host_is_sent_as_sni_and_its_certificate_verified_while_the_checked_address_is_connected()
            throws Exception {
        CompletableFuture<String> sni = answer204();
        assertThat(post("hooks.test")).isEqualTo(204);
        assertThat(sni.get(5, TimeUnit.SECONDS)).isEqualTo("hooks.test");
    }

    @Test
    void a_certificate_that_does_not_name_the_urls_host_is_refused() {
        answer204();
        assertThatThrownBy(() -> post("other.test")).isInstanceOf(PinnedPost.Failure.class)
                .hasMessage("TLS handshake failed");
    }
}
