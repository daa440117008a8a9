package io.paymenthub.gateway.epayment;

import io.paymenthub.gateway.http.GatewayUnreachable;
import io.paymenthub.gateway.http.JsonHttp;
import io.paymenthub.config.HubUrls;
import io.paymenthub.gateway.http.OutboundHttp;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * HTTP to epayment.kz: tokens from the OAuth endpoint (form fields), check-status and operations with the
 * cached service token. A timeout or a broken connection is {@link GatewayUnreachable}: the outcome is unknown.
 * Tokens and secrets are never logged.
 */
@ApplicationScoped
public class EpaymentClient {

    private static final Logger LOG = Logger.getLogger(EpaymentClient.class);

    @Inject
    EpaymentConfig config;

    @Inject
    Clock clock;

    private HttpClient http;
    private TokenCache serviceTokens;

    @PostConstruct
    void init() {
        http = OutboundHttp.client(config.timeout());
        serviceTokens = new TokenCache(clock);
    }

    /** A payment token for one invoice: the base fields plus {@code invoiceFields}. */
    public Answer paymentToken(Map<String, String> invoiceFields) {
        Map<String, String> form = baseTokenForm();
        form.putAll(invoiceFields);
        return send(HttpRequest.newBuilder(URI.create(config.oauthUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
    }

    /** {@code POST /payments/cards/auth} with the invoice's payment token: a payment with a saved card. */
    public Answer cardPayment(String paymentToken, JsonObject body) {
        return send(HttpRequest.newBuilder(URI.create(config.apiBaseUrl() + "/payments/cards/auth"))
                .header("Authorization", "Bearer " + paymentToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    /** {@code GET /check-status/payment/transaction/{invoiceId}}. */
    public Answer checkStatus(String invoiceId) {
        String url = config.apiBaseUrl() + "/check-status/payment/transaction/" + HubUrls.encode(invoiceId);
        return withServiceToken(() -> HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** {@code POST /operation/{id}/{operation}[?query]}: charge, cancel, refund. */
    public Answer operation(String transactionId, String operation, Map<String, String> query) {
        String url = config.apiBaseUrl() + "/operation/" + HubUrls.encode(transactionId) + "/" + operation
                + (query.isEmpty() ? "" : "?" + encode(query));
        return withServiceToken(() -> HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Sends with the cached service token; a 401 renews the token and tries once more. */
    private Answer withServiceToken(java.util.function.Supplier<HttpRequest.Builder> request) {
        Answer answer = send(request.get().header("Authorization", "Bearer " + serviceToken()));
        if (answer.status() == 401) {
            serviceTokens.invalidate();
            answer = send(request.get().header("Authorization", "Bearer " + serviceToken()));
        }
        return answer;
    }

    String serviceToken() {
        return serviceTokens.get(() -> {
            Answer answer = send(HttpRequest.newBuilder(URI.create(config.oauthUrl()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(baseTokenForm()))));
            String token = Json.text(answer.json(), "access_token");
            if (!answer.isSuccess() || token == null) {
                LOG.errorf("epayment.kz refused the service token (HTTP %d): check EPAYMENT_CLIENT_ID, "
                        + "EPAYMENT_CLIENT_SECRET and EPAYMENT_TERMINAL", answer.status());
                throw new GatewayUnreachable("no service token (HTTP " + answer.status() + ")");
            }
            var expires = Json.decimal(answer.json(), "expires_in");
            return new TokenCache.Token(token, expires == null ? 0 : expires.longValue());
        });
    }

    private Map<String, String> baseTokenForm() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("scope", EpaymentConfig.SCOPE);
        form.put("client_id", config.clientId());
        form.put("client_secret", config.clientSecret());
        form.put("terminal", config.terminal());
        return form;
    }

    private Answer send(HttpRequest.Builder request) {
        JsonHttp.Reply reply = JsonHttp.send(http, request.timeout(config.timeout())
                .header("Accept", "application/json").build());
        return new Answer(reply.status(), reply.json());
    }

    static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> HubUrls.encode(e.getKey()) + "=" + HubUrls.encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** An HTTP answer; {@code json} is null when the body is not a JSON object (operations answer 200 empty). */
    public record Answer(int status, JsonObject json) {

        public boolean isSuccess() {
            return status >= 200 && status < 300;
        }

        /** 5xx: whether it happened is not known. */
        public boolean isUnknownOutcome() {
            return status >= 500;
        }

        /** epayment.kz's {@code {"code","message"}} of a refused operation, as one line. */
        public String error() {
            String code = Json.text(json, "code");
            String message = Json.text(json, "message");
            return "HTTP " + status + (code == null ? "" : " code " + code) + (message == null ? "" : ": " + message);
        }
    }
}
