package io.paymenthub.gateway.begateway;

import io.paymenthub.gateway.http.JsonHttp;
import io.paymenthub.gateway.http.OutboundHttp;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/**
 * HTTP to BeGateway: Basic {@code shop_id:secret_key}, JSON both ways, {@code X-API-Version: 2}, connect and
 * read timeouts. A timeout or a broken connection is {@link GatewayUnreachable}: the outcome is unknown, not failed.
 */
@ApplicationScoped
public class BeGatewayClient {

    @Inject
    BeGatewayConfig config;

    private HttpClient http;

    @PostConstruct
    void init() {
        http = OutboundHttp.client(config.timeout());
    }

    public Answer get(String url) {
        return send(request(url).GET());
    }

    public Answer post(String url, JsonObject body) {
        return send(request(url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(config.timeout())
                .header("Authorization", config.basicAuthorization())
                .header("Accept", "application/json")
                .header("X-API-Version", "2");
    }

    private Answer send(HttpRequest.Builder request) {
        JsonHttp.Reply reply = JsonHttp.send(http, request.build());
        return new Answer(reply.status(), reply.json());
    }

    /** An HTTP answer; {@code json} is null when the body is not a JSON object. */
    public record Answer(int status, JsonObject json) {

        public boolean isSuccess() {
            return status >= 200 && status < 300;
        }

        /** 5xx, or a 2xx whose body cannot be read: whether it happened is not known. */
        public boolean isUnknownOutcome() {
            return status >= 500 || (isSuccess() && json == null);
        }
    }
}
