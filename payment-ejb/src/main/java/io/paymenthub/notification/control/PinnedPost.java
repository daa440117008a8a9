package io.paymenthub.notification.control;

import io.paymenthub.network.InternalAddresses;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 POST to an address the caller already checked, within a hard deadline for the whole exchange.
 *
 * <p>The JDK's {@code HttpClient} resolves the URL's host itself when it connects, so a host whose DNS answer
 * changes between the check and the connection (DNS rebinding) would lead it to an address nobody checked; and its
 * request timeout covers only the answer's headers (JDK 17–25), so a receiver trickling its body holds the caller.
 * This opens the socket to the checked address, speaks TLS with the URL's host name for SNI and certificate
 * verification (so the certificate must still name the host), sends the request with the URL's {@code Host}, reads
 * the status line and closes: the body is never read. A watchdog closes the socket at the deadline, which ends
 * any connect, handshake, write or read still under way.
 */
final class PinnedPost {

    private static final int MAX_HEAD = 16 * 1024;

    /** Why there was no status: a short reason for the merchant, never an address or a stack trace. */
    static final class Failure extends IOException {
        private final boolean notConnected;

        Failure(String reason, Throwable cause) {
            this(reason, false, cause);
        }

        Failure(String reason, boolean notConnected, Throwable cause) {
            super(reason, cause);
            this.notConnected = notConnected;
        }

        /** Nothing was sent: the host's next address may be tried. */
        boolean notConnected() {
            return notConnected;
        }
    }

    private PinnedPost() {
    }

    /** @return the answer's HTTP status */
    static int post(URI uri, InetAddress address, Map<String, String> headers, byte[] body, long deadlineNanos,
                    ScheduledExecutorService watchdog, SSLSocketFactory tls) throws Failure {
        boolean https = "https".equals(uri.getScheme());
        int port = uri.getPort() >= 0 ? uri.getPort() : https ? 443 : 80;
        Socket raw = new Socket();
        ScheduledFuture<?> alarm = watchdog.schedule(() -> closeQuietly(raw),
                Math.max(1, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        Socket socket = raw;
        String stage = "connect";
        try {
            raw.connect(new InetSocketAddress(address, port), millisLeft(deadlineNanos));
            raw.setSoTimeout(millisLeft(deadlineNanos));
            if (https) {
                stage = "tls";
                socket = handshake(raw, uri.getHost(), port, tls);
            }
            stage = "send";
            OutputStream out = socket.getOutputStream();
            out.write(head(uri, headers, body.length));
            out.write(body);
            out.flush();
            stage = "answer";
            socket.setSoTimeout(millisLeft(deadlineNanos));
            return readStatus(socket.getInputStream());
        } catch (Failure e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (System.nanoTime() - deadlineNanos >= 0 || e instanceof java.net.SocketTimeoutException) {
                throw new Failure("timeout: no answer within the delivery deadline", e);
            }
            if (stage.equals("connect")) {
                throw new Failure(e instanceof java.net.ConnectException ? "connection refused" : "could not connect",
                        true, e);
            }
            throw new Failure(switch (stage) {
                case "tls" -> "TLS handshake failed";
                case "send" -> "connection closed while sending";
                default -> "connection closed before an HTTP status";
            }, e);
        } finally {
            alarm.cancel(false);
            closeQuietly(socket);
            closeQuietly(raw);
        }
    }

    private static Socket handshake(Socket raw, String host, int port, SSLSocketFactory tls) throws IOException {
        SSLSocket ssl = (SSLSocket) tls.createSocket(raw, host, port, true);
        SSLParameters parameters = ssl.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (InternalAddresses.literal(host).isEmpty()) {
            parameters.setServerNames(List.of(new SNIHostName(host)));
        }
        ssl.setSSLParameters(parameters);
        ssl.startHandshake();
        return ssl;
    }

    private static byte[] head(URI uri, Map<String, String> headers, int length) {
        String target = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            target += "?" + uri.getRawQuery();
        }
        StringBuilder head = new StringBuilder("POST ").append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(uri.getRawAuthority()).append("\r\n")
                .append("Content-Length: ").append(length).append("\r\n")
                .append("Connection: close\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        return head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The first final status line; informational (1xx) answers and their headers are skipped. */
    private static int readStatus(InputStream in) throws IOException {
        int read = 0;
        while (true) {
            String line = readLine(in, read);
            read += line.length() + 2;
            if (!line.startsWith("HTTP/1.") || line.length() < 12 || line.charAt(8) != ' ') {
                throw new Failure("invalid HTTP answer", null);
            }
            int status;
            try {
                status = Integer.parseInt(line.substring(9, 12));
            } catch (NumberFormatException e) {
                throw new Failure("invalid HTTP answer", e);
            }
            if (status >= 200 || status < 100) {
                return status;
            }
            for (String header = readLine(in, read); !header.isEmpty(); header = readLine(in, read)) {
                read += header.length() + 2;
            }
        }
    }

    private static String readLine(InputStream in, int alreadyRead) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new Failure("connection closed before an HTTP status", null);
            }
            if (alreadyRead + line.size() > MAX_HEAD) {
                throw new Failure("invalid HTTP answer", null);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static int millisLeft(long deadlineNanos) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
        if (left <= 0) {
            throw new IllegalStateException("deadline passed");
        }
        return (int) Math.min(Integer.MAX_VALUE, left);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing is all that is left to do
        }
    }
}
