package io.paymenthub.gateway.bog;

import io.paymenthub.gateway.http.GatewayUnreachable;
import io.paymenthub.gateway.http.JsonHttp;
import io.paymenthub.gateway.http.OutboundHttp;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonNumber;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * HTTP to BOG: a Bearer token from the OAuth endpoint (cached, see {@link TokenCache}), JSON both ways,
 * connect and read timeouts. A 401 drops the token and the call is tried once more with a new one. A timeout
 * or broken connection is {@link GatewayUnreachable}: the outcome is unknown, not failed.
 */
@ApplicationScoped
public class BogClient {

    private static final Logger LOG = Logger.getLogger(BogClient.class);

    @Inject
    BogConfig config;

    private HttpClient http;
    private TokenCache tokens;

    @PostConstruct
    void init() {
        http = OutboundHttp.client(config.timeout());
        tokens = new TokenCache(this::fetchToken, Clock.systemUTC(), config.tokenMargin());
    }

    public Answer get(String path) {
        return withToken(path, null, null);
    }

    /** POSTs {@code body} (an empty object when null), with an {@code Idempotency-Key} when one is given. */
    public Answer post(String path, JsonObject body, String idempotencyKey) {
        return post(path, body, idempotencyKey, config.language(), null);
    }

    /**
     * As {@link #post(String, JsonObject, String)}, the gateway's page in {@code language} ({@code ka}, {@code en})
     * and, unless null, in {@code theme} ({@code light}, {@code dark}).
     */
    public Answer post(String path, JsonObject body, String idempotencyKey, String language, String theme) {
        return withToken(path, body == null ? JsonObject.EMPTY_JSON_OBJECT : body, idempotencyKey,
                new Page(language, theme));
    }

    private Answer withToken(String path, JsonObject body, String idempotencyKey) {
        return withToken(path, body, idempotencyKey, new Page(config.language(), null));
    }

    /** The {@code Accept-Language} and {@code Theme} of the page an order opens. */
    private record Page(String language, String theme) {
    }

    private Answer withToken(String path, JsonObject body, String idempotencyKey, Page page) {
        String token = tokens.token();
        Answer answer = send(request(path, body, idempotencyKey, token, page));
        if (answer.status() == 401) {
            LOG.infof("BOG refused its access token on %s; fetching a new one and trying once more", path);
            tokens.drop(token);
            answer = send(request(path, body, idempotencyKey, tokens.token(), page));
        }
        return answer;
    }

    private HttpRequest request(String path, JsonObject body, String idempotencyKey, String token, Page page) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.apiBaseUrl() + path))
                .timeout(config.timeout())
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .header("Accept-Language", page.language());
        if (page.theme() != null) {
            request.header("Theme", page.theme());
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (body == null) {
            return request.GET().build();
        }
        return request.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
    }

    /** {@code POST BOG_OAUTH_URL}, Basic {@code client_id:client_secret}, {@code grant_type=client_credentials}. */
    private TokenCache.Token fetchToken() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.oauthUrl()))
                .timeout(config.timeout())
                .header("Authorization", config.basicAuthorization())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
        Answer answer = send(request);
        JsonObject json = answer.json();
        if (!answer.isSuccess() || json == null || !json.containsKey("access_token")) {
            throw new GatewayUnreachable("BOG's token endpoint answered HTTP " + answer.status() + " without a token");
        }
        long expiresIn = json.get("expires_in") instanceof JsonNumber n ? n.longValue() : 300;
        return new TokenCache.Token(json.getString("access_token"), Duration.ofSeconds(expiresIn));
    }

    private Answer send(HttpRequest request) {
        JsonHttp.Reply reply = JsonHttp.send(http, request);
        return new Answer(reply.status(), reply.json());
    }

    /** An HTTP answer; {@code json} is null when the body is not a JSON object. */
    public record Answer(int status, JsonObject json) {

        public boolean isSuccess() {
            return status >= 200 && status < 300;
        }

        /** 5xx or a 401 that survived a new token: whether it happened is not known. */
        public boolean isUnknownOutcome() {
            return status >= 500 || status == 401 || status == 429;
        }
    }
}
