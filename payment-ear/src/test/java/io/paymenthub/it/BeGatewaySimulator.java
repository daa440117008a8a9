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
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * BeGateway simulated with WireMock on the fixed port the hub is configured with (arquillian.xml), and the
 * gateway's side of webhooks: Basic {@code shop_id:secret_key} and an RSA-SHA256 {@code Content-Signature}
 * made with the test key whose public half the hub knows.
 */
final class BeGatewaySimulator {

    static final int PORT = Integer.getInteger("begateway.simulator.port", 18101);
    static final String CHECKOUTS = "/ctp/api/checkouts";
    static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString("361:it-begateway-secret".getBytes(StandardCharsets.UTF_8));

    private static final PrivateKey KEY = loadKey();

    private final WebhookFirst webhookFirst = new WebhookFirst();
    private final Held held = new Held();
    final WireMockServer server;

    /** On the port the main IT server is configured with. */
    BeGatewaySimulator() {
        this(PORT);
    }

    /** On {@code port}, for a hub configured with it ({@link CrashHub}). */
    BeGatewaySimulator(int port) {
        server = new WireMockServer(options().port(port).extensions(webhookFirst, held));
    }

    void checkoutAnswers(ResponseDefinitionBuilder answer) {
        server.stubFor(post(urlEqualTo(CHECKOUTS)).willReturn(answer));
    }

    /** {@code {"checkout":{"token","redirect_url"}}}, the documented answer. */
    void opensCheckout(String checkoutToken) {
        checkoutAnswers(okJson("{\"checkout\":{\"token\":\"" + checkoutToken + "\",\"redirect_url\":\"http://localhost:"
                + PORT + "/widget/hpp.html?token=" + checkoutToken + "\"}}"));
    }

    /**
     * As {@link #opensCheckout}, but first — while the hub waits for the checkout's answer — posts the webhook
     * {@code webhookOf} makes of the payment's id (its {@code tracking_id}); the webhook's answer is
     * {@link #webhookAnswer()}.
     */
    void opensCheckoutAfterItsWebhook(String checkoutToken, Function<String, String> webhookOf) {
        webhookFirst.webhookOf = webhookOf;
        webhookFirst.answer = null;
        checkoutAnswers(okJson("{\"checkout\":{\"token\":\"" + checkoutToken + "\",\"redirect_url\":\"http://localhost:"
                + PORT + "/widget/hpp.html?token=" + checkoutToken + "\"}}").withTransformers(WebhookFirst.NAME));
    }

    Hub.Reply webhookAnswer() {
        return webhookFirst.answer;
    }

    void checkoutStatus(String checkoutToken, String json) {
        server.stubFor(get(urlEqualTo(CHECKOUTS + "/" + checkoutToken)).willReturn(okJson(json)));
    }

    void transactionAnswers(String kind, ResponseDefinitionBuilder answer) {
        server.stubFor(post(urlEqualTo("/transactions/" + kind))
                .withHeader("Authorization", equalTo(BASIC)).willReturn(answer));
    }

    /**
     * As {@link #transactionAnswers}, but each answer is held until {@link #releaseHeld} (or two minutes): the hub
     * waits for it while the test cuts its database or kills it.
     */
    void holdsTransactionAnswers(String kind, ResponseDefinitionBuilder answer) {
        held.release = new CountDownLatch(1);
        transactionAnswers(kind, answer.withTransformers(Held.NAME));
    }

    void releaseHeld() {
        held.release.countDown();
    }

    /**
     * How many requests have come to a held answer (WireMock's journal lists a request only once it was answered).
     */
    int heldRequests() {
        return held.arrived.get();
    }

    static ResponseDefinitionBuilder transaction(String uid, String status, String parentUid) {
        return okJson("{\"transaction\":{\"uid\":\"" + uid + "\",\"status\":\"" + status + "\",\"parent_uid\":\""
                + parentUid + "\"}}");
    }

    static ResponseDefinitionBuilder status(int status) {
        return aResponse().withStatus(status).withBody("upstream trouble");
    }

    List<LoggedRequest> requestsTo(String path) {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo(path)));
    }

    static JsonObject json(Request request) {
        try (var reader = Json.createReader(new StringReader(request.getBodyAsString()))) {
            return reader.readObject();
        }
    }

    /** Posts a webhook as BeGateway would: Basic auth and the body's signature. */
    static Hub.Reply webhook(String body) {
        return webhook(body, BASIC, sign(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** As {@link #webhook(String)}, to the hub at {@code hubUrl}. */
    static Hub.Reply webhookTo(String hubUrl, String body) {
        return Hub.postRaw(hubUrl + "/api/v1/callbacks/begateway", body.getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/json", "Authorization", BASIC,
                        "Content-Signature", sign(body.getBytes(StandardCharsets.UTF_8))));
    }

    static Hub.Reply webhook(String body, String authorization, String signature) {
        Map<String, String> headers = new java.util.HashMap<>(Map.of("Content-Type", "application/json"));
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        if (signature != null) {
            headers.put("Content-Signature", signature);
        }
        return Hub.postRaw("/api/v1/callbacks/begateway", body.getBytes(StandardCharsets.UTF_8), headers);
    }

    static String sign(byte[] body) {
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(KEY);
            signer.update(body);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey loadKey() {
        try (InputStream in = BeGatewaySimulator.class.getResourceAsStream("/begateway-webhook-private.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("The test webhook key cannot be read", e);
        }
    }

    /** Posts a payment's webhook to the hub before the checkout request that names the payment is answered. */
    private static final class WebhookFirst extends OnlyWhereNamed {

        static final String NAME = "webhook-first";

        WebhookFirst() {
            super(NAME);
        }
        volatile Function<String, String> webhookOf;
        volatile Hub.Reply answer;

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            String paymentId = json(event.getRequest()).getJsonObject("checkout").getJsonObject("order")
                    .getString("tracking_id");
            answer = webhook(webhookOf.apply(paymentId));
            return event.getResponseDefinition();
        }
    }

    /** Holds an answer until the test releases it. */
    private static final class Held extends OnlyWhereNamed {

        static final String NAME = "held";
        volatile CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger arrived = new AtomicInteger();

        Held() {
            super(NAME);
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            arrived.incrementAndGet();
            try {
                release.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return event.getResponseDefinition();
        }
    }

    /** A transformer applied only to the stubs that name it. */
    private abstract static class OnlyWhereNamed implements ResponseDefinitionTransformerV2 {

        private final String name;

        OnlyWhereNamed(String name) {
            this.name = name;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return name;
        }
    }
}
