package io.paymenthub.gateway.newebpay;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** NewebPay's server-to-server APIs played by a local HTTP server: one answer for every call, the last call kept. */
final class NewebPayStub implements AutoCloseable {

    private final HttpServer server;
    volatile int status = 200;
    volatile String answer = "";
    volatile String path;
    volatile String received;

    NewebPayStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/API/", exchange -> {
            path = exchange.getRequestURI().getPath();
            received = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    /** The configuration of a hub whose NewebPay is this server. */
    NewebPayConfig config() {
        return NewebPayFixtures.config("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
