package io.paymenthub.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.it.Hub.Reply;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Where gateway callbacks may come from (arquillian.xml): NewebPay's only from 127.0.0.1, ::1, 203.0.113.0/24 and
 * 2001:db8:1::/48; X-Forwarded-For believed only from the trusted proxy 127.0.0.2. The tests connect from
 * 127.0.0.2 (the proxy) or 127.0.0.3 (a stranger), with NewebPay notifications signed as NewebPay signs them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CallbackSourcesIT {

    private static final String CALLBACK = "/api/v1/callbacks/newebpay";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String PROXY = "127.0.0.2";
    private static final String STRANGER = "127.0.0.3";
    private static final Path SERVER_LOG = Path.of(System.getProperty("hub.server.log",
            "target/server/standalone/log/server.log"));

    @Test
    void a_genuine_notification_from_outside_the_allowed_networks_is_refused_with_403_and_changes_nothing()
            throws IOException {
        JsonObject payment = newebPayPayment();
        byte[] notify = success(payment);

        Reply stranger = FromAddress.post(STRANGER, CALLBACK, FORM, notify);
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(stranger.contentType()).startsWith("application/problem+json");
        assertThat(stranger.json().getString("code")).isEqualTo("source_not_allowed");
        Reply spoofed = FromAddress.post(STRANGER, CALLBACK, FORM, notify, "X-Forwarded-For", "203.0.113.9");
        assertThat(spoofed.status()).as("X-Forwarded-For from a peer that is no trusted proxy").isEqualTo(403);
        assertThat(status(payment)).isEqualTo("PENDING");
        assertThat(Files.readString(SERVER_LOG, StandardCharsets.UTF_8))
                .contains("Refused a newebpay callback from " + STRANGER + " (connection from " + STRANGER + ")");

        assertThat(Hub.postRaw(CALLBACK, notify, java.util.Map.of("Content-Type", FORM)).status())
                .as("from 127.0.0.1, an allowed address").isEqualTo(200);
        assertThat(status(payment)).isEqualTo("SUCCESSFUL");
    }

    @Test
    void behind_the_trusted_proxy_the_address_it_forwarded_for_is_checked() {
        JsonObject forwarded = newebPayPayment();
        Reply allowed = FromAddress.post(PROXY, CALLBACK, FORM, success(forwarded),
                "X-Forwarded-For", "192.0.2.66, 203.0.113.9");
        assertThat(allowed.status()).as(allowed.body()).isEqualTo(200);
        assertThat(status(forwarded)).isEqualTo("SUCCESSFUL");

        JsonObject ipv6 = newebPayPayment();
        assertThat(FromAddress.post(PROXY, CALLBACK, FORM, success(ipv6), "X-Forwarded-For", "2001:db8:1::5")
                .status()).isEqualTo(200);
        assertThat(status(ipv6)).isEqualTo("SUCCESSFUL");

        JsonObject prepended = newebPayPayment();
        Reply refused = FromAddress.post(PROXY, CALLBACK, FORM, success(prepended),
                "X-Forwarded-For", "203.0.113.9, 198.51.100.1");
        assertThat(refused.status()).as("the client wrote the allowed address; the proxy saw another").isEqualTo(403);
        assertThat(FromAddress.post(PROXY, CALLBACK, FORM, success(prepended)).status())
                .as("the proxy itself is no gateway").isEqualTo(403);
        assertThat(status(prepended)).isEqualTo("PENDING");
    }

    @Test
    void the_bog_rate_limit_is_kept_per_client_behind_the_trusted_proxy_and_per_peer_otherwise() {
        assertThat(untilLimited(PROXY, "198.51.100.7")).as("one client behind the proxy").isTrue();
        assertThat(tokenRequest(PROXY, "198.51.100.8").status()).as("another client behind the same proxy")
                .isEqualTo(401);

        boolean limited = false;
        for (int i = 0; i < 400 && !limited; i++) {
            limited = tokenRequest(STRANGER, "198.51.100." + (i % 250)).status() == 429;
        }
        assertThat(limited).as("a stranger's X-Forwarded-For does not make it many clients").isTrue();
    }

    private static boolean untilLimited(String peer, String client) {
        for (int i = 0; i < 400; i++) {
            if (tokenRequest(peer, client).status() == 429) {
                return true;
            }
        }
        return false;
    }

    private static Reply tokenRequest(String peer, String forwardedFor) {
        return FromAddress.post(peer, "/api/v1/callbacks/bog/oauth/token", FORM,
                "grant_type=client_credentials&client_id=nobody&client_secret=wrong".getBytes(StandardCharsets.UTF_8),
                "X-Forwarded-For", forwardedFor);
    }

    private static JsonObject newebPayPayment() {
        Reply reply = Hub.post("/api/v1/payments", Hub.APP1_KEY, "{\"gateway\":\"newebpay\",\"amount\":3000,"
                + "\"currency\":\"TWD\",\"description\":\"Credits\",\"returnUrl\":\"https://shop.example/paid\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static byte[] success(JsonObject payment) {
        return NewebPaySimulator.notifyJson("SUCCESS", payment.getString("id"), 30).getBytes(StandardCharsets.UTF_8);
    }

    private static String status(JsonObject payment) {
        return Hub.get("/api/v1/payments/" + payment.getString("id"), Hub.APP1_KEY).json().getString("status");
    }
}
