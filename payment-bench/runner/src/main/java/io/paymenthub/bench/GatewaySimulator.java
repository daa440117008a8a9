package io.paymenthub.bench;

import io.undertow.Undertow;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.xnio.Options;

/**
 * BeGateway's checkout API, simulated on loopback with no added latency: {@code POST /ctp/api/checkouts} answers
 * a fresh checkout token at once, as the real one does ({@code {"checkout":{"token","redirect_url"}}}).
 * <p>
 * Its CPU is the machine's, taken from the hub it measures: Undertow's core answers on its one I/O thread, without
 * a hand-off to a worker for an answer that takes microseconds — 45 µs of its threads' CPU per answer on this
 * machine, against 75 µs for the JDK's own HTTP server used before.
 */
final class GatewaySimulator implements AutoCloseable {

    static final String CHECKOUTS = "/ctp/api/checkouts";

    private final AtomicLong checkouts = new AtomicLong();
    private final Undertow server;
    private final String baseUrl;

    private GatewaySimulator(int port) {
        server = Undertow.builder()
                .addHttpListener(port, "127.0.0.1")
                .setIoThreads(1)
                .setWorkerThreads(1)
                .setSocketOption(Options.TCP_NODELAY, true)
                .setHandler(this::handle)
                .build();
        server.start();
        InetSocketAddress address = (InetSocketAddress) server.getListenerInfo().get(0).getAddress();
        baseUrl = "http://127.0.0.1:" + address.getPort();
    }

    static GatewaySimulator start(int port) {
        return new GatewaySimulator(port);
    }

    String baseUrl() {
        return baseUrl;
    }

    long checkoutsOpened() {
        return checkouts.get();
    }

    private void handle(HttpServerExchange exchange) {
        if (!CHECKOUTS.equals(exchange.getRequestPath())) {
            exchange.setStatusCode(404).endExchange();
        } else if (!Methods.POST.equals(exchange.getRequestMethod())) {
            exchange.setStatusCode(405).endExchange();
        } else {
            // the body is read to its end (on this I/O thread, without blocking), then the answer is sent
            exchange.getRequestReceiver().receiveFullBytes((done, body) -> answer(done));
        }
    }

    private void answer(HttpServerExchange exchange) {
        String token = "bench_chk_" + checkouts.incrementAndGet();
        String answer = "{\"checkout\":{\"token\":\"" + token + "\",\"redirect_url\":\"" + baseUrl
                + "/widget/hpp.html?token=" + token + "\"}}";
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
        exchange.getResponseSender().send(ByteBuffer.wrap(answer.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void close() {
        server.stop();
    }
}
