package io.paymenthub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class GatewaySimulatorTest {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void each_checkout_gets_a_token_of_its_own_with_its_redirect_url() throws Exception {
        try (GatewaySimulator simulator = GatewaySimulator.start(0)) {
            HttpResponse<String> first = post(simulator, GatewaySimulator.CHECKOUTS, "{\"checkout\":{}}");
            HttpResponse<String> second = post(simulator, GatewaySimulator.CHECKOUTS, "{\"checkout\":{}}");

            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(first.body()).isEqualTo("{\"checkout\":{\"token\":\"bench_chk_1\",\"redirect_url\":\""
                    + simulator.baseUrl() + "/widget/hpp.html?token=bench_chk_1\"}}");
            assertThat(second.body()).contains("\"token\":\"bench_chk_2\"");
            assertThat(simulator.checkoutsOpened()).isEqualTo(2);
        }
    }

    @Test
    void anything_else_is_refused_and_opens_nothing() throws Exception {
        try (GatewaySimulator simulator = GatewaySimulator.start(0)) {
            assertThat(post(simulator, "/elsewhere", "{}").statusCode()).isEqualTo(404);
            HttpResponse<String> get = client.send(HttpRequest.newBuilder(
                    URI.create(simulator.baseUrl() + GatewaySimulator.CHECKOUTS)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(get.statusCode()).isEqualTo(405);
            assertThat(simulator.checkoutsOpened()).isZero();
        }
    }

    private HttpResponse<String> post(GatewaySimulator simulator, String path, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
