package io.paymenthub.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Bank of Georgia simulated with WireMock on the port the hub is configured with (arquillian.xml): its OAuth
 * token endpoint and Payments API. And BOG's side of callbacks: the body signed with the test key, a bearer
 * token from the hub's OAuth endpoint, the API key and the HMAC, all four as the IT configuration requires.
 * Registered as a test class's extension ({@code @RegisterExtension static final BogSimulator BOG}), it runs for the
 * class and, after each test, cancels the payments that test left unpaid ({@link #cancelCreated}).
 */
final class BogSimulator implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {

    static final int PORT = Integer.getInteger("bog.simulator.port", 18103);
    static final String TOKEN = "/auth/realms/bog/protocol/openid-connect/token";
    static final String ORDERS = "/payments/v1/ecommerce/orders";
    static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString("it-bog-client:it-bog-secret".getBytes(StandardCharsets.UTF_8));
    static final String API_KEY = "it-bog-api-key";
    static final String HMAC_SECRET = "it-bog-hmac-secret";

    private static final PrivateKey KEY = loadKey();

    final WireMockServer server = new WireMockServer(options().port(PORT));
    private final List<String> created = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        server.start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        cancelCreated();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop();
    }

    void issuesToken(String token, long expiresIn) {
        server.stubFor(post(urlEqualTo(TOKEN)).withHeader("Authorization", equalTo(BASIC))
                .willReturn(okJson("{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                        + expiresIn + "}")));
    }

    /** Orders are answered for any bearer token. */
    void opensOrder(String orderId) {
        server.stubFor(post(urlEqualTo(ORDERS)).willReturn(order(orderId)));
    }

    /** Orders are answered only for {@code token}; any other gets 401 as an expired token would. */
    void opensOrderOnlyFor(String token, String orderId) {
        server.stubFor(post(urlEqualTo(ORDERS)).atPriority(2).willReturn(aResponse().withStatus(401)));
        server.stubFor(post(urlEqualTo(ORDERS)).atPriority(1).withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(order(orderId)));
    }

    /** A GEL payment of {@code amount} minor units with its BOG order opened; the order id is its gatewayUid. */
    JsonObject payment(long amount, String capture) {
        opensOrder("ord-" + java.util.UUID.randomUUID());
        Hub.Reply created = Hub.post("/api/v1/payments", Hub.APP1_KEY, "{\"gateway\":\"bog\",\"amount\":" + amount
                + ",\"currency\":\"GEL\",\"description\":\"Test order\",\"capture\":\"" + capture + "\"}");
        if (created.status() != 201) {
            throw new AssertionError("Payment not created: " + created);
        }
        created(created.json().getString("id"));
        return created.json();
    }

    /** Remembers a payment a test created, for {@link #cancelCreated}. */
    void created(String paymentId) {
        created.add(paymentId);
    }

    /**
     * Cancels the payments tests created that are still unpaid (nothing reaches BOG for those): the janitor would
     * otherwise poll their receipts, and fetch tokens, while later tests count the simulator's requests.
     */
    void cancelCreated() {
        for (String id : created) {
            Hub.post("/api/v1/payments/" + id + "/cancel", Hub.APP1_KEY, "{}");
        }
        created.clear();
    }

    void ordersAnswer(ResponseDefinitionBuilder answer) {
        server.stubFor(post(urlEqualTo(ORDERS)).willReturn(answer));
    }

    static ResponseDefinitionBuilder order(String orderId) {
        return okJson("{\"id\":\"" + orderId + "\",\"_links\":{\"details\":{\"href\":\"http://localhost:" + PORT
                + "/payments/v1/receipt/" + orderId + "\"},\"redirect\":{\"href\":\"https://payment.bog.ge/?order_id="
                + orderId + "\"}}}");
    }

    void receipt(String orderId, ResponseDefinitionBuilder answer) {
        server.stubFor(get(urlEqualTo("/payments/v1/receipt/" + orderId)).willReturn(answer));
    }

    /** {@code refund}, {@code authorization/approve} or {@code authorization/cancel} of an order. */
    void operationAnswers(String operation, String orderId, ResponseDefinitionBuilder answer) {
        server.stubFor(post(urlEqualTo("/payments/v1/payment/" + operation + "/" + orderId)).willReturn(answer));
    }

    static ResponseDefinitionBuilder accepted(String actionId) {
        return okJson("{\"key\":\"request_received\",\"message\":\"Request received\",\"action_id\":\"" + actionId + "\"}");
    }

    List<LoggedRequest> posts(String path) {
        return server.findAll(WireMock.postRequestedFor(urlEqualTo(path)));
    }

    List<LoggedRequest> gets(String path) {
        return server.findAll(WireMock.getRequestedFor(urlEqualTo(path)));
    }

    static JsonObject json(LoggedRequest request) {
        return json(request.getBodyAsString());
    }

    static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    /** BOG's receipt object, as the receipt endpoint answers it and as a callback's body carries it. */
    static String receiptJson(String orderId, String paymentId, String key, String code, String amount, String currency) {
        return "{\"order_id\":\"" + orderId + "\",\"external_order_id\":\"" + paymentId + "\",\"capture\":\"automatic\","
                + "\"order_status\":{\"key\":\"" + key + "\",\"value\":\"" + key + "\"},"
                + "\"purchase_units\":{\"request_amount\":\"" + amount + "\",\"transfer_amount\":\"" + amount
                + "\",\"refund_amount\":\"0.00\",\"currency_code\":\"" + currency + "\"},"
                + "\"payment_detail\":{\"transaction_id\":\"tx-" + orderId + "\",\"code\":\"" + code + "\","
                + "\"code_description\":\"test\",\"payer_identifier\":\"548888xxxxxx4455\",\"card_type\":\"mc\"}}";
    }

    static String callbackJson(String receipt) {
        return "{\"event\":\"order_payment\",\"zoned_request_time\":\"2026-11-24T02:00:00.000000Z\",\"body\":" + receipt + "}";
    }

    /** The hub's OAuth endpoint, as BOG calls it. */
    static Hub.Reply hubToken(String clientId, String clientSecret) {
        return Hub.postForm("/api/v1/callbacks/bog/oauth/token", "grant_type=client_credentials&client_id=" + clientId
                + "&client_secret=" + clientSecret);
    }

    static String hubToken() {
        Hub.Reply reply = hubToken("it-bog-client", "it-bog-secret");
        if (reply.status() != 200) {
            throw new AssertionError("No token from the hub: " + reply);
        }
        return reply.json().getString("access_token");
    }

    /** The headers BOG sends with a callback, every one correct. */
    static Map<String, String> goodHeaders(String body) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Callback-Signature", sign(body.getBytes(StandardCharsets.UTF_8)));
        headers.put("Authorization", "Bearer " + hubToken());
        headers.put("X-API-Key", API_KEY);
        headers.put("X-Signature", hmac(body));
        return headers;
    }

    static Hub.Reply callback(String body) {
        return callback(body, goodHeaders(body));
    }

    static Hub.Reply callback(String body, Map<String, String> headers) {
        return Hub.postRaw("/api/v1/callbacks/bog", body.getBytes(StandardCharsets.UTF_8), headers);
    }

    static String sign(byte[] body) {
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(KEY);
            signer.update(body);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hmac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HMAC_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey loadKey() {
        try (InputStream in = BogSimulator.class.getResourceAsStream("/bog-callback-private.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The test BOG key cannot be read", e);
        }
    }
}
