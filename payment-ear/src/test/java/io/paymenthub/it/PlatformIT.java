package io.paymenthub.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.it.Hub.Reply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the server offers those who run it: readiness with the database, request ids, metrics, and a log
 * without the secrets it was configured with (arquillian.xml passes them as -D). The OpenAPI document:
 * OpenApiContractIT.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

    private static final Path SERVER_LOG = Path.of(System.getProperty("hub.server.log",
            "target/server/standalone/log/server.log"));

    @Test
    void readiness_is_up_and_includes_the_database() {
        Reply ready = Hub.get(Hub.MANAGEMENT_URL + "/health/ready", null);
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().getString("status")).isEqualTo("UP");
        assertThat(ready.body()).contains("\"database\"");
    }

    @Test
    void a_callers_request_id_is_kept_in_the_response_and_its_problems() {
        Reply reply = Hub.get("/api/v1/payments/pay_nothing", Hub.APP1_KEY, "X-Request-Id", "it-trace-0001");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("X-Request-Id")).isEqualTo("it-trace-0001");
        assertThat(reply.json().getString("requestId")).isEqualTo("it-trace-0001");
        Reply unsafe = Hub.get("/api/v1/payments", Hub.APP1_KEY, "X-Request-Id", "<script>");
        assertThat(unsafe.header("X-Request-Id")).matches("[0-9a-f]{24}");
    }

    @Test
    void metrics_show_gateway_calls_callbacks_and_payments_by_status() {
        var payment = Hub.createPayment(100);
        Hub.payOnDummyPage(payment.getString("token"), "success");
        Reply metrics = Hub.get(Hub.MANAGEMENT_URL + "/metrics", null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body().lines())
                .anyMatch(line -> line.startsWith("paymenthub_gateway_calls_seconds_count{")
                        && line.contains("gateway=\"dummy\"") && line.contains("operation=\"create_checkout\"")
                        && line.contains("outcome=\"pending\""))
                .anyMatch(line -> line.startsWith("paymenthub_callbacks_total{")
                        && line.contains("gateway=\"dummy\"") && line.contains("outcome=\"applied\""))
                .anyMatch(line -> line.startsWith("paymenthub_payments{") && line.contains("status=\"SUCCESSFUL\"")
                        && !line.endsWith(" 0.0"))
                .anyMatch(line -> line.startsWith("paymenthub_notifications{") && line.contains("status=\"DEAD\""))
                .anyMatch(line -> line.startsWith("paymenthub_reconciliation_due"));
    }

    @Test
    void the_server_log_holds_none_of_the_configured_secrets() throws IOException {
        String log = Files.readString(SERVER_LOG);
        String sinceThisBoot = log.substring(Math.max(0, log.lastIndexOf("WFLYSRV0049")));
        assertThat(sinceThisBoot).contains("WFLYSRV0025") // the boot is there
                .doesNotContain("it-dummy-secret", "it-begateway-secret", "it-bog-secret", "it-bog-api-key",
                        "it-bog-hmac-secret", "it-epayment-secret", "it-notify-secret", "sk_test_app1",
                        "sk_test_app2", "12345678901234567890123456789012", "it-keystore-password");
    }
}
