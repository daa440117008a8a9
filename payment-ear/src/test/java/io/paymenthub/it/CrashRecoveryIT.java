package io.paymenthub.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.paymenthub.it.Hub.Reply;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A kill -9 of the server between a status change and its notification's delivery loses nothing: a second,
 * crash-only hub (same provisioned server and EAR, its own ports and base directory) is killed while the
 * merchant's receiver is down, started again, and delivers the notification once the receiver is up.
 */
class CrashRecoveryIT {

    private static final String URL = CrashHub.URL;

    private Process server;
    private WireMockServer receiver;

    @Test
    void a_notification_written_before_a_kill_is_delivered_after_the_restart() throws Exception {
        CrashHub.prepareBaseDirectory();
        int receiverPort = CrashHub.freePort();
        server = start();

        JsonObject payment = createPayment("http://127.0.0.1:" + receiverPort + "/hooks/crash");
        Reply paid = Hub.postForm(URL + "/pay/dummy/" + payment.getString("token"), "outcome=success");
        assertThat(paid.status()).isEqualTo(303);
        JsonObject read = Hub.get(URL + "/api/v1/payments/" + payment.getString("id"), Hub.APP1_KEY).json();
        assertThat(read.getString("status")).isEqualTo("SUCCESSFUL");

        CrashHub.kill(server);

        receiver = new WireMockServer(options().port(receiverPort));
        receiver.stubFor(post(urlEqualTo("/hooks/crash")).willReturn(aResponse().withStatus(200)));
        receiver.start();
        server = start();
        JsonObject afterCrash = Hub.get(URL + "/api/v1/payments/" + payment.getString("id"), Hub.APP1_KEY).json();
        assertThat(afterCrash.getString("status")).as("committed before the kill").isEqualTo("SUCCESSFUL");

        try {
            NotifyReceiver.await("the notification after the restart", Duration.ofSeconds(150),
                    () -> succeededDeliveries(payment.getString("id")).size() > 0);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; notifications: " + Hub.get(URL + "/api/v1/payments/"
                    + payment.getString("id") + "/notifications", Hub.APP1_KEY).body()
                    + "; received: " + receiver.getAllServeEvents().size(), e);
        }
        LoggedRequest delivered = succeededDeliveries(payment.getString("id")).get(0);
        assertThat(delivered.getHeader("Payment-Signature")).startsWith("t=").contains(",v1=");
    }

    private List<LoggedRequest> succeededDeliveries(String paymentId) {
        return receiver.getAllServeEvents().stream().map(event -> event.getRequest())
                .filter(request -> request.getBodyAsString().contains("\"payment.succeeded\""))
                .filter(request -> request.getBodyAsString().contains(paymentId))
                .toList();
    }

    private static JsonObject createPayment(String notifyUrl) {
        Reply created = Hub.post(URL + "/api/v1/payments", Hub.APP1_KEY,
                "{\"amount\":700,\"currency\":\"EUR\",\"description\":\"crash\",\"notifyUrl\":\"" + notifyUrl + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private static Process start() throws Exception {
        return CrashHub.start(List.of("-DPAYMENT_NOTIFY_ALLOW_PRIVATE=true",
                "-DPAYMENT_NOTIFY_SECRET=" + NotifyReceiver.SECRET,
                "-DPAYMENT_NOTIFY_RETRY_DELAYS=1s,1s,1s,1s,1s,1s,1s,1s",
                "-DPAYMENT_NOTIFY_INTERVAL_MS=300"), Map.of());
    }

    @AfterEach
    void stopEverything() throws InterruptedException {
        if (server != null) {
            CrashHub.kill(server);
        }
        if (receiver != null) {
            receiver.stop();
        }
    }
}
