package io.paymenthub.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.paymenthub.it.Hub.Reply;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a merchant does with the Standard Webhooks library (com.standardwebhooks:standardwebhooks): real
 * notifications, verified with {@code whsec_} + base64 of the app's secret. app1 has its own secret, app2 is in a
 * rotation ({@code it-app2-new|it-app2-old}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StandardWebhooksIT {

    @RegisterExtension
    static final NotifyReceiver RECEIVER = new NotifyReceiver();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static Webhook merchantOf(String secret) {
        return new Webhook("whsec_" + Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, List<String>> headers(LoggedRequest request) {
        return Map.of("webhook-id", List.of(request.getHeader("webhook-id")),
                "webhook-timestamp", List.of(request.getHeader("webhook-timestamp")),
                "webhook-signature", List.of(request.getHeader("webhook-signature")));
    }

    /** The first notification (payment.pending) a new payment of the app sends to a fresh path. */
    private static LoggedRequest firstNotification(String apiKey, String path) throws InterruptedException {
        RECEIVER.server.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
        Reply created = Hub.post("/api/v1/payments", apiKey, "{\"amount\":250,\"currency\":\"EUR\",\"notifyUrl\":\""
                + NotifyReceiver.url(path) + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        NotifyReceiver.await("a notification", PATIENCE, () -> !RECEIVER.requestsTo(path).isEmpty());
        return RECEIVER.requestsTo(path).get(0);
    }

    @Test
    void an_apps_notification_verifies_with_its_own_secret_and_webhook_id_is_the_event_id_on_every_delivery()
            throws Exception {
        String path = "/swh/" + UUID.randomUUID();
        LoggedRequest request = firstNotification(Hub.APP1_KEY, path);
        String body = request.getBodyAsString();
        assertThatCode(() -> merchantOf(NotifyReceiver.SECRET).verify(body, headers(request))).doesNotThrowAnyException();
        String eventId = request.getHeader("webhook-id");
        assertThat(body).contains("\"id\":\"" + eventId + "\"");
        assertThat(Long.parseLong(request.getHeader("webhook-timestamp")))
                .isCloseTo(System.currentTimeMillis() / 1000, org.assertj.core.data.Offset.offset(60L));
        assertThat(request.getHeader("webhook-signature")).matches("v1,[A-Za-z0-9+/]{43}=");
        assertThat(NotifyReceiver.verify(request.getHeader("Payment-Signature"), body,
                System.currentTimeMillis() / 1000)).as("Payment-Signature stays").isTrue();

        Thread.sleep(1100); // the redelivery's timestamp differs: its signature is its own
        assertThat(Hub.post("/api/v1/events/" + eventId + "/redeliver", Hub.APP1_KEY, "").status()).isEqualTo(202);
        NotifyReceiver.await("the redelivery", PATIENCE, () -> RECEIVER.requestsTo(path).size() == 2);
        LoggedRequest again = RECEIVER.requestsTo(path).get(1);
        assertThat(again.getHeader("webhook-id")).isEqualTo(eventId);
        assertThat(again.getHeader("webhook-signature")).isNotEqualTo(request.getHeader("webhook-signature"));
        assertThatCode(() -> merchantOf(NotifyReceiver.SECRET).verify(again.getBodyAsString(), headers(again)))
                .doesNotThrowAnyException();
    }

    @Test
    void during_a_rotation_either_secret_verifies() throws Exception {
        LoggedRequest request = firstNotification(Hub.APP2_KEY, "/swh/" + UUID.randomUUID());
        String body = request.getBodyAsString();
        assertThat(request.getHeader("webhook-signature").split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
        assertThatCode(() -> merchantOf(NotifyReceiver.APP2_NEW_SECRET).verify(body, headers(request)))
                .doesNotThrowAnyException();
        assertThatCode(() -> merchantOf(NotifyReceiver.APP2_OLD_SECRET).verify(body, headers(request)))
                .doesNotThrowAnyException();
        long now = System.currentTimeMillis() / 1000;
        String paymentSignature = request.getHeader("Payment-Signature");
        assertThat(paymentSignature).matches("t=\\d+,v1=[0-9a-f]{64},v1=[0-9a-f]{64}");
        assertThat(NotifyReceiver.verify(NotifyReceiver.APP2_NEW_SECRET, paymentSignature, body, now)).isTrue();
        assertThat(NotifyReceiver.verify(NotifyReceiver.APP2_OLD_SECRET, paymentSignature, body, now)).isTrue();
    }

    @Test
    void a_notification_signed_for_another_app_is_refused() throws Exception {
        LoggedRequest forApp2 = firstNotification(Hub.APP2_KEY, "/swh/" + UUID.randomUUID());
        assertThatThrownBy(() -> merchantOf(NotifyReceiver.SECRET).verify(forApp2.getBodyAsString(), headers(forApp2)))
                .isInstanceOf(WebhookVerificationException.class);
        assertThat(NotifyReceiver.verify(NotifyReceiver.SECRET, forApp2.getHeader("Payment-Signature"),
                forApp2.getBodyAsString(), System.currentTimeMillis() / 1000)).isFalse();

        LoggedRequest forApp1 = firstNotification(Hub.APP1_KEY, "/swh/" + UUID.randomUUID());
        assertThatThrownBy(() -> merchantOf(NotifyReceiver.APP2_NEW_SECRET).verify(forApp1.getBodyAsString(),
                headers(forApp1))).isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> merchantOf(NotifyReceiver.SECRET).verify(forApp1.getBodyAsString() + " ",
                headers(forApp1))).as("a changed body").isInstanceOf(WebhookVerificationException.class);
    }
}
