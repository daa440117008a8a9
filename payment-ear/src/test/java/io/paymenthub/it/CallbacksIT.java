package io.paymenthub.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.it.Hub.Reply;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shared callback endpoint (docs/api.md), through the dummy gateway's signed callbacks. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CallbacksIT {

    /** The body of a callback naming a payment that does not exist. */
    private static final byte[] UNKNOWN_PAYMENT = ("{\"token\":\"pt_00000000000000000000000000000000\","
            + "\"status\":\"SUCCESSFUL\",\"amount\":1,\"currency\":\"EUR\"}").getBytes(StandardCharsets.UTF_8);

    @Test
    void fifty_concurrent_identical_callbacks_give_exactly_one_fulfilment() throws Exception {
        JsonObject payment = Hub.createPayment(500);
        byte[] body = DummyCallbacks.body(payment, "SUCCESSFUL", 500);
        String signature = DummyCallbacks.sign(body);
        int callers = 50;
        for (Reply reply : Concurrently.run(callers, () -> DummyCallbacks.send(body, signature))) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        }

        Reply read = Hub.get("/api/v1/payments/" + payment.getString("id"), Hub.APP1_KEY);
        JsonObject paid = read.json();
        assertThat(paid.getString("status")).isEqualTo("SUCCESSFUL");
        assertThat(paid.containsKey("fulfilledAt")).isTrue();
        List<JsonObject> callbackEvents = paid.getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("source").equals("callback")).toList();
        assertThat(callbackEvents).hasSize(callers);
        assertThat(callbackEvents.stream().filter(e -> e.getString("outcome").equals("applied"))).hasSize(1);
        assertThat(callbackEvents.stream().filter(e -> e.getString("outcome").equals("duplicate"))).hasSize(callers - 1);
    }

    @Test
    void concurrent_callbacks_of_many_payments_commit_together_and_each_gets_its_own_answer() throws Exception {
        List<JsonObject> payments = new ArrayList<>();
        List<Callable<Reply>> callbacks = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            JsonObject payment = Hub.createPayment(400);
            payments.add(payment);
            long reported = i % 3 == 1 ? 399 : 400;
            String status = i % 3 == 2 ? "FAILED" : "SUCCESSFUL";
            byte[] body = DummyCallbacks.body(payment, status, reported);
            callbacks.add(() -> DummyCallbacks.sendSigned(body));
        }
        for (int i = 0; i < 5; i++) {
            callbacks.add(() -> DummyCallbacks.sendSigned(UNKNOWN_PAYMENT));
        }

        List<Reply> replies = Concurrently.all(callbacks);

        for (int i = 0; i < payments.size(); i++) {
            Reply reply = replies.get(i);
            JsonObject read = Hub.get("/api/v1/payments/" + payments.get(i).getString("id"), Hub.APP1_KEY).json();
            switch (i % 3) {
                case 0 -> {
                    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
                    assertThat(read.getString("status")).isEqualTo("SUCCESSFUL");
                    assertThat(read.containsKey("fulfilledAt")).isTrue();
                }
                case 1 -> {
                    assertThat(reply.status()).as(reply.body()).isEqualTo(409);
                    assertThat(reply.json().getString("code")).isEqualTo("amount_mismatch");
                    assertThat(read.getString("status")).isEqualTo("PENDING");
                }
                default -> {
                    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
                    assertThat(read.getString("status")).isEqualTo("FAILED");
                    assertThat(read.containsKey("fulfilledAt")).isFalse();
                }
            }
        }
        for (Reply reply : replies.subList(payments.size(), replies.size())) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(404);
        }
    }

    /**
     * Checkout creations, checkouts recorded and callbacks of other payments at once: new payments share
     * transactions only with each other, so no payment's event is inserted before its row and none of those
     * transactions rolls back (which would make each unit run again alone).
     */
    @Test
    void creations_and_callbacks_at_once_share_transactions_without_rolling_back() throws Exception {
        List<Callable<Reply>> work = new ArrayList<>();
        List<JsonObject> paid = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            JsonObject payment = Hub.createPayment(700);
            paid.add(payment);
            byte[] body = DummyCallbacks.body(payment, "SUCCESSFUL", 700);
            work.add(() -> DummyCallbacks.sendSigned(body));
            work.add(() -> Hub.post("/api/v1/payments", Hub.APP1_KEY, "{\"amount\":700,\"currency\":\"EUR\"}"));
        }
        double rolledBackBefore = sharedTransactionsRolledBack();

        List<Reply> replies = Concurrently.all(work);

        for (int i = 0; i < replies.size(); i += 2) {
            assertThat(replies.get(i).status()).as(replies.get(i).body()).isEqualTo(200);
            assertThat(replies.get(i + 1).status()).as(replies.get(i + 1).body()).isEqualTo(201);
            assertThat(replies.get(i + 1).json().getString("status")).isEqualTo("PENDING");
        }
        for (JsonObject payment : paid) {
            assertThat(Hub.get("/api/v1/payments/" + payment.getString("id"), Hub.APP1_KEY).json()
                    .getString("status")).isEqualTo("SUCCESSFUL");
        }
        assertThat(sharedTransactionsRolledBack()).isEqualTo(rolledBackBefore);
    }

    private static double sharedTransactionsRolledBack() {
        return Hub.get(Hub.MANAGEMENT_URL + "/metrics", null).body().lines()
                .filter(line -> line.startsWith("paymenthub_shared_transactions_total{")
                        && line.contains("outcome=\"rolled_back\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void a_report_that_would_move_a_payment_backwards_is_acknowledged_and_recorded_but_not_applied() {
        JsonObject payment = Hub.createPayment(300);
        assertThat(DummyCallbacks.sendSigned(DummyCallbacks.body(payment, "SUCCESSFUL", 300)).status()).isEqualTo(200);
        Reply late = DummyCallbacks.sendSigned(DummyCallbacks.body(payment, "FAILED", 300));
        assertThat(late.status()).isEqualTo(200);
        assertThat(late.json().getString("outcome")).isEqualTo("refused");
        Reply read = Hub.get("/api/v1/payments/" + payment.getString("id"), Hub.APP1_KEY);
        assertThat(read.json().getString("status")).isEqualTo("SUCCESSFUL");
        assertThat(read.eventOutcomes()).endsWith("refused");
    }

    @Test
    void a_wrong_signature_is_401_and_changes_nothing() {
        JsonObject payment = Hub.createPayment(300);
        byte[] body = DummyCallbacks.body(payment, "SUCCESSFUL", 300);
        Reply forged = DummyCallbacks.send(body, DummyCallbacks.sign("other bytes".getBytes(StandardCharsets.UTF_8)));
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.contentType()).startsWith("application/problem+json");
        assertThat(forged.json().getString("code")).isEqualTo("signature_invalid");
        Reply unsigned = Hub.postRaw("/api/v1/callbacks/dummy", body, java.util.Map.of("Content-Type", "application/json"));
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(Hub.get("/api/v1/payments/" + payment.getString("id"), Hub.APP1_KEY).json().getString("status"))
                .isEqualTo("PENDING");
    }

    @Test
    void an_amount_that_disagrees_with_the_payment_is_409_and_changes_nothing() {
        JsonObject payment = Hub.createPayment(300);
        Reply reply = DummyCallbacks.sendSigned(DummyCallbacks.body(payment, "SUCCESSFUL", 299));
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().getString("code")).isEqualTo("amount_mismatch");
        assertThat(Hub.get("/api/v1/payments/" + payment.getString("id"), Hub.APP1_KEY).json().getString("status"))
                .isEqualTo("PENDING");
    }

    @Test
    void an_unreadable_body_is_400_and_an_unknown_payment_404() {
        byte[] garbage = "{not json".getBytes(StandardCharsets.UTF_8);
        assertThat(DummyCallbacks.sendSigned(garbage).status()).isEqualTo(400);

        Reply reply = DummyCallbacks.sendSigned(UNKNOWN_PAYMENT);
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().getString("code")).isEqualTo("not_found");
        assertThat(Hub.postRaw("/api/v1/callbacks/nosuchgateway", UNKNOWN_PAYMENT, java.util.Map.of()).status()).isEqualTo(404);
    }

    @Test
    void a_return_with_a_success_in_its_query_does_not_make_the_payment_successful() {
        JsonObject payment = Hub.createPayment(300);
        Reply returned = Hub.get("/api/v1/return/dummy?token=" + payment.getString("token")
                + "&status=successful&uid=forged", null);
        assertThat(returned.status()).isEqualTo(302);
        assertThat(returned.header("Location")).contains("status=PENDING");
        assertThat(Hub.get("/api/v1/payments/" + payment.getString("id"), Hub.APP1_KEY).json().getString("status"))
                .isEqualTo("PENDING");
    }
}
