package io.paymenthub.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.it.Hub.Reply;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A hub beside a live gateway (NewebPay out of test mode, on a second server of the test's own) takes no dummy
 * payments: the dummy gateway is withdrawn unless PAYMENT_DUMMY_ENABLED=true (then with a warning at start), and
 * the dummy gateway as the default or the demo API key refuse to start, naming the setting to change.
 */
class LiveHubIT {

    private static final Path WORK = Path.of(System.getProperty("hub.crash.dir", "target/crash-server"))
            .resolveSibling("live-hub-server");
    private static final String URL = SecondServer.URL;

    private final SecondServer server = new SecondServer(WORK);

    private static String[] liveNewebPay(String... more) {
        List<String> settings = new ArrayList<>(List.of(
                "BACKEND_URL=https://localhost:" + (8443 + SecondServer.OFFSET),
                "NEWEBPAY_MERCHANT_ID=MS3430112", "NEWEBPAY_HASH_KEY=12345678901234567890123456789012",
                "NEWEBPAY_HASH_IV=1234567890123456", "NEWEBPAY_TESTING=false"));
        settings.addAll(List.of(more));
        return settings.toArray(String[]::new);
    }

    @Test
    void the_dummy_default_and_the_demo_key_beside_a_live_gateway_refuse_to_start() throws Exception {
        server.prepared().startWhateverComes(liveNewebPay("PAYMENT_DEFAULT_GATEWAY=dummy"));
        assertThat(server.isReady()).as("deployed with the dummy default and the demo key beside a live gateway")
                .isFalse();
        assertThat(server.log())
                .contains("Refusing to start beside live gateways [newebpay]: PAYMENT_DEFAULT_GATEWAY is 'dummy'")
                .contains("PAYMENT_API_KEYS accepts the demo key sk_test_demo");
    }

    @Test
    void beside_a_live_gateway_no_dummy_payment_or_purchase_is_made() throws Exception {
        server.prepared().start(liveNewebPay("PAYMENT_DEFAULT_GATEWAY=newebpay", "PAYMENT_API_KEYS=app1:" + Hub.APP1_KEY));

        Reply dummy = Hub.post(URL + "/api/v1/payments", Hub.APP1_KEY,
                "{\"amount\":10000,\"currency\":\"TWD\",\"gateway\":\"dummy\"}");
        assertThat(dummy.status()).as(dummy.body()).isEqualTo(400);
        assertThat(dummy.json().getString("code")).isEqualTo("unknown_gateway");
        Reply purchase = Hub.post(URL + "/api/v1/wallets/u1/purchases", Hub.APP1_KEY,
                "{\"credits\":10,\"gateway\":\"dummy\"}");
        assertThat(purchase.status()).as(purchase.body()).isEqualTo(400);

        Reply byDefault = Hub.post(URL + "/api/v1/payments", Hub.APP1_KEY, "{\"amount\":10000,\"currency\":\"TWD\"}");
        assertThat(byDefault.status()).as(byDefault.body()).isEqualTo(201);
        assertThat(byDefault.json().getString("gateway")).isEqualTo("newebpay");
        assertThat(server.log()).doesNotContain("PAYMENT_DUMMY_ENABLED=true");
    }

    @Test
    void payment_dummy_enabled_keeps_it_beside_a_live_gateway_with_a_warning() throws Exception {
        server.prepared().start(liveNewebPay("PAYMENT_DEFAULT_GATEWAY=newebpay",
                "PAYMENT_API_KEYS=app1:" + Hub.APP1_KEY, "PAYMENT_DUMMY_ENABLED=true"));
        assertThat(server.log()).containsPattern(
                "WARN .*PAYMENT_DUMMY_ENABLED=true: the dummy gateway is enabled beside live gateways \\[newebpay\\]");
        Reply dummy = Hub.post(URL + "/api/v1/payments", Hub.APP1_KEY,
                "{\"amount\":100,\"currency\":\"EUR\",\"gateway\":\"dummy\"}");
        assertThat(dummy.status()).as(dummy.body()).isEqualTo(201);
    }

    @AfterEach
    void stop() throws InterruptedException {
        server.kill();
    }
}
