package io.paymenthub.bench.ceiling;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ServerErrorException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * {@code POST /bench-ceiling/checkouts/{id}}: the checkout floor — what no checkout through a gateway can do
 * without, on this server: a transaction that stores the checkout, one call to the gateway between transactions
 * (the BeGateway simulator, with the HTTP client configured as the hub's {@code OutboundHttp}), and a transaction
 * that stores the gateway's token under {@code @Version}. Nothing else: no JSON read or written but the simulator's
 * answer searched for its token, no authentication, idempotency, history, validation or metrics. A checkout's share
 * of the ceiling can come no nearer than this floor's.
 */
@Path("checkouts/{id}")
@RequestScoped
public class CheckoutFloorResource {

    private static final String TOKEN = "\"token\":\"";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(Runnable::run)
            .build();
    /** The simulator's checkout URL, as the benchmark gives it to the hub: no default, the benchmark owns it. */
    private static final URI GATEWAY = URI.create(required("SECURE_PROCESSOR_API_BASE_URL")
            + required("SECURE_PROCESSOR_CHECKOUT_TOKEN_PATH"));

    @Inject
    FloorCheckouts checkouts;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public String open(@PathParam("id") long id, byte[] body) {
        checkouts.store(id);
        String token = tokenFrom(call(body));
        checkouts.opened(id, token);
        return "{\"id\":" + id + ",\"token\":\"" + token + "\"}";
    }

    private static String call(byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(GATEWAY).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() != 200) {
                throw new ServerErrorException("the simulator answered " + answer.statusCode(), Response.Status.BAD_GATEWAY);
            }
            return answer.body();
        } catch (IOException e) {
            throw new ServerErrorException("the simulator: " + e, Response.Status.BAD_GATEWAY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerErrorException("interrupted", Response.Status.SERVICE_UNAVAILABLE);
        }
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: the checkout floor calls the simulator the benchmark"
                    + " gives the hub");
        }
        return value;
    }

    private static String tokenFrom(String answer) {
        int start = answer.indexOf(TOKEN);
        int end = start < 0 ? -1 : answer.indexOf('"', start + TOKEN.length());
        if (end < 0) {
            throw new ServerErrorException("no token in the simulator's answer", Response.Status.BAD_GATEWAY);
        }
        return answer.substring(start + TOKEN.length(), end);
    }
}
