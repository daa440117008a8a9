package io.paymenthub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.paymenthub.it.Hub.Reply;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DummyFlowIT {

    @Test
    void a_payer_pays_on_the_dummy_page_and_lands_on_the_merchants_return_url() {
        JsonObject payment = Hub.createPayment(200, "returnUrl", "\"https://shop.example/paid\"");
        assertThat(payment.getString("status")).isEqualTo("PENDING");
        assertThat(payment.getString("token")).matches("pt_[0-9a-f]{32}");
        String token = payment.getString("token");

        Reply hosted = Hub.get("/pay/" + token, null);
        assertThat(hosted.status()).isEqualTo(303);
        assertThat(hosted.header("Location")).endsWith("/pay/dummy/" + token);

        Reply page = Hub.get("/pay/dummy/" + token, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("2.00 EUR", "Test order", "value=\"success\"", "value=\"decline\"", "value=\"fail\"");

        Reply submitted = Hub.payOnDummyPage(token, "success");
        assertThat(submitted.status()).isEqualTo(303);
        Reply returned = Hub.get(submitted.header("Location"), null);
        assertThat(returned.status()).isEqualTo(302);
        assertThat(returned.header("Location"))
                .isEqualTo("https://shop.example/paid?payment=" + payment.getString("id") + "&status=SUCCESSFUL");

        JsonObject paid = Hub.get("/api/v1/payments/" + payment.getString("id"), Hub.APP1_KEY).json();
        assertThat(paid.getString("status")).isEqualTo("SUCCESSFUL");
        assertThat(paid.getJsonNumber("capturedAmount").longValue()).isEqualTo(200);
        assertThat(paid.containsKey("fulfilledAt")).isTrue();

        // the creation comes first, made from the payment's own row (no event row is stored for it), and only once
        List<JsonObject> history = paid.getJsonArray("events").getValuesAs(JsonObject.class);
        assertThat(history).extracting(DummyFlowIT::from, event -> event.getString("to"),
                        event -> event.getString("source"), event -> event.getString("detail"))
                .startsWith(tuple(null, "CREATED", "api", "created"), tuple("CREATED", "PENDING", "api", "checkout opened"))
                .filteredOn(event -> event.toList().get(0) == null).hasSize(1);
        assertThat(history.get(0).getString("at")).isEqualTo(payment.getString("createdAt"));
        assertThat(history).last().extracting(event -> event.getString("to")).isEqualTo("SUCCESSFUL");
    }

    private static String from(JsonObject event) {
        return event.containsKey("from") && !event.isNull("from") ? event.getString("from") : null;
    }
}
