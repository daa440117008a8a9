package io.paymenthub.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.it.Hub.Reply;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Receipts: issued with the fulfilment, numbered R-year-six digits, unique and gap-free under concurrency. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReceiptsIT {

    private static Reply receipt(JsonObject payment, String apiKey, String... headers) {
        return Hub.get("/api/v1/payments/" + payment.getString("id") + "/receipt", apiKey, headers);
    }

    @Test
    void a_paid_payment_has_a_receipt_as_json_and_as_a_printable_page() {
        JsonObject payment = Hub.createPayment(1999, "description", "\"Credits <b>& more</b>\"",
                "reference", "\"order-7\"");
        Hub.payOnDummyPage(payment.getString("token"), "success");

        Reply json = receipt(payment, Hub.APP1_KEY);
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        assertThat(json.contentType()).startsWith("application/json");
        JsonObject receipt = json.json();
        assertThat(receipt.getString("number")).matches("R-\\d{4}-\\d{6}");
        assertThat(receipt.getJsonNumber("amount").longValue()).isEqualTo(1999);
        assertThat(receipt.getString("paymentId")).isEqualTo(payment.getString("id"));
        assertThat(receipt.getString("reference")).isEqualTo("order-7");

        Reply html = receipt(payment, Hub.APP1_KEY, "Accept", "text/html");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.body()).contains(receipt.getString("number")).contains("19.99 EUR")
                .contains("Credits &lt;b&gt;&amp; more&lt;/b&gt;").doesNotContain("<b>&");

        assertThat(receipt(payment, Hub.APP1_KEY).json().getString("number"))
                .as("the same receipt every time").isEqualTo(receipt.getString("number"));
    }

    @Test
    void an_unpaid_payment_has_no_receipt_and_another_apps_receipt_is_not_found() {
        JsonObject pending = Hub.createPayment(200);
        MerchantApiIT.assertProblem(receipt(pending, Hub.APP1_KEY), 404, "not_found");
        JsonObject paid = Hub.createPayment(200);
        Hub.payOnDummyPage(paid.getString("token"), "success");
        MerchantApiIT.assertProblem(receipt(paid, Hub.APP2_KEY), 404, "not_found");
    }

    @Test
    void receipts_of_payments_paid_at_the_same_moment_are_unique_and_consecutive() throws Exception {
        int count = 16;
        List<byte[]> callbacks = new ArrayList<>();
        List<JsonObject> payments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            JsonObject payment = Hub.createPayment(300 + i);
            payments.add(payment);
            callbacks.add(DummyCallbacks.body(payment, "SUCCESSFUL", 300 + i));
        }
        AtomicInteger next = new AtomicInteger();
        Concurrently.run(count, () -> DummyCallbacks.sendSigned(callbacks.get(next.getAndIncrement())))
                .forEach(reply -> assertThat(reply.status()).isEqualTo(200));

        TreeSet<Long> sequences = new TreeSet<>();
        String year = null;
        for (JsonObject payment : payments) {
            String number = receipt(payment, Hub.APP1_KEY).json().getString("number");
            year = number.substring(2, 6);
            assertThat(number).startsWith("R-" + year + "-");
            sequences.add(Long.parseLong(number.substring(7)));
        }
        assertThat(sequences).hasSize(count);
        assertThat(sequences.last() - sequences.first()).as("no gaps").isEqualTo(count - 1);
    }
}
