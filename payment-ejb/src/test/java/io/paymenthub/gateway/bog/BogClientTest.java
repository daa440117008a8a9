package io.paymenthub.gateway.bog;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against a local HTTP server playing BOG's token endpoint and API. */
class BogClientTest {

    private HttpServer server;
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final List<String> tokenRequests = new CopyOnWriteArrayList<>();
    private final List<String> apiAuthorizations = new CopyOnWriteArrayList<>();
    private volatile String acceptedToken = "tok-1";
    private BogClient client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/token", exchange -> {
            tokenRequests.add(exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            respond(exchange, 200, "{\"access_token\":\"tok-" + tokensIssued.incrementAndGet()
                    + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
        });
        server.createContext("/payments/v1/receipt/", exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            apiAuthorizations.add(authorization);
            if (("Bearer " + acceptedToken).equals(authorization)) {
                respond(exchange, 200, "{\"order_id\":\"ord-1\"}");
            } else {
                respond(exchange, 401, "{\"message\":\"invalid token\"}");
            }
        });
        server.start();
        BogConfig config = new BogConfig();
        config.clientId = Optional.of("10002864");
        config.clientSecret = Optional.of("s3cret");
        config.oauthUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/token";
        config.apiBaseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        config.timeoutMillis = 2000;
        config.tokenMarginSeconds = 60;
        config.language = "en";
        client = new BogClient();
        client.config = config;
        client.init();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Test
    void the_token_is_asked_for_with_basic_client_credentials_once_for_many_calls() {
        for (int i = 0; i < 5; i++) {
            assertThat(client.get("/payments/v1/receipt/ord-1").status()).isEqualTo(200);
        }
        assertThat(tokenRequests).containsExactly("Basic MTAwMDI4NjQ6czNjcmV0 grant_type=client_credentials");
        assertThat(apiAuthorizations).hasSize(5).allMatch("Bearer tok-1"::equals);
    }

    @Test
    void a_401_drops_the_token_and_the_call_is_tried_once_more_with_a_new_one() {
        assertThat(client.get("/payments/v1/receipt/ord-1").status()).isEqualTo(200);
        acceptedToken = "tok-2";
        assertThat(client.get("/payments/v1/receipt/ord-1").status()).isEqualTo(200);
        assertThat(apiAuthorizations).containsExactly("Bearer tok-1", "Bearer tok-1", "Bearer tok-2");
        assertThat(tokensIssued).hasValue(2);
    }

    @Test
    void a_second_401_is_the_answer_no_loop() {
        acceptedToken = "never";
        BogClient.Answer answer = client.get("/payments/v1/receipt/ord-1");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.isUnknownOutcome()).isTrue();
        assertThat(apiAuthorizations).containsExactly("Bearer tok-1", "Bearer tok-2");
    }
}
