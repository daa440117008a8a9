package io.paymenthub.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * BeGateway's checkout API, simulated on loopback with no added latency: {@code POST /ctp/api/checkouts} answers
 * a fresh checkout token at once, as the real one does ({@code {"checkout":{"token","redirect_url"}}}).
 */
final class GatewaySimulator implements AutoCloseable {

    static final String CHECKOUTS = "/ctp/api/checkouts";

    private final HttpServer server;
    private final AtomicLong checkouts = new AtomicLong();

    private GatewaySimulator(HttpServer server) {
        this.server = server;
    }

    static GatewaySimulator start(int port) throws IOException {
        // The JDK's server writes headers and body apart; without TCP_NODELAY each answer waits ~40 ms for the
        // client's delayed ACK (Nagle) — measured at 354 answers/s before, 27k/s after. Read once, at first use.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        GatewaySimulator simulator = new GatewaySimulator(HttpServer.create(new InetSocketAddress("127.0.0.1", port), 512));
        simulator.server.createContext(CHECKOUTS, simulator::checkout);
        // no executor: answers are written on the server's own thread, without a hand-off to a pool for an answer
        // that takes microseconds — the simulator's CPU is the machine's, taken from the hub
        simulator.server.setExecutor(null);
        simulator.server.start();
        return simulator;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    long checkoutsOpened() {
        return checkouts.get();
    }

    private void checkout(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String token = "bench_chk_" + checkouts.incrementAndGet();
            byte[] answer = ("{\"checkout\":{\"token\":\"" + token + "\",\"redirect_url\":\"" + baseUrl()
                    + "/widget/hpp.html?token=" + token + "\"}}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
