package io.paymenthub.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.it.Hub.Reply;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code Idempotency-Key} exactly as docs/api.md writes it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdempotencyIT {

    private static String body(String reference) {
        return "{\"amount\":250,\"currency\":\"EUR\",\"reference\":\"" + reference + "\"}";
    }

    @Test
    void the_same_key_and_body_replays_the_first_answer_and_creates_nothing_more() {
        String key = UUID.randomUUID().toString();
        String reference = "idem-" + key;
        Reply first = Hub.post("/api/v1/payments", Hub.APP1_KEY, body(reference), "Idempotency-Key", key);
        Reply second = Hub.post("/api/v1/payments", Hub.APP1_KEY,
                "{ \"reference\": \"" + reference + "\", \"currency\": \"EUR\", \"amount\": 250 }", "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(listed(reference)).isEqualTo(1);
    }

    @Test
    void the_same_key_with_another_body_is_422() {
        String key = UUID.randomUUID().toString();
        assertThat(Hub.post("/api/v1/payments", Hub.APP1_KEY, body("a-" + key), "Idempotency-Key", key).status()).isEqualTo(201);
        Reply reused = Hub.post("/api/v1/payments", Hub.APP1_KEY, body("b-" + key), "Idempotency-Key", key);
        MerchantApiIT.assertProblem(reused, 422, "idempotency_key_reused");
    }

    @Test
    void keys_belong_to_one_app() {
        String key = UUID.randomUUID().toString();
        Reply app1 = Hub.post("/api/v1/payments", Hub.APP1_KEY, body("k-" + key), "Idempotency-Key", key);
        Reply app2 = Hub.post("/api/v1/payments", Hub.APP2_KEY, body("k-" + key), "Idempotency-Key", key);
        assertThat(app1.status()).isEqualTo(201);
        assertThat(app2.status()).isEqualTo(201);
        assertThat(app2.json().getString("id")).isNotEqualTo(app1.json().getString("id"));
    }

    @Test
    void a_refused_request_is_replayed_as_refused() {
        String key = UUID.randomUUID().toString();
        String bad = "{\"amount\":0,\"currency\":\"EUR\"}";
        Reply first = Hub.post("/api/v1/payments", Hub.APP1_KEY, bad, "Idempotency-Key", key);
        Reply second = Hub.post("/api/v1/payments", Hub.APP1_KEY, bad, "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(400);
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
    }

    /** The resource claims the key after validating the request: a key already used still comes first. */
    @Test
    void a_key_used_before_with_another_request_is_422_even_for_an_invalid_one() {
        String key = UUID.randomUUID().toString();
        assertThat(Hub.post("/api/v1/payments", Hub.APP1_KEY, body("c-" + key), "Idempotency-Key", key).status())
                .isEqualTo(201);
        Reply reused = Hub.post("/api/v1/payments", Hub.APP1_KEY, "{\"amount\":0,\"currency\":\"EUR\"}",
                "Idempotency-Key", key);
        MerchantApiIT.assertProblem(reused, 422, "idempotency_key_reused");
    }

    @Test
    void concurrent_requests_with_one_key_create_one_payment() throws Exception {
        String key = UUID.randomUUID().toString();
        String reference = "race-" + key;
        List<Reply> replies = Concurrently.run(12,
                () -> Hub.post("/api/v1/payments", Hub.APP1_KEY, body(reference), "Idempotency-Key", key));
        Set<String> ids = new HashSet<>();
        for (Reply reply : replies) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
            ids.add(reply.json().getString("id"));
        }
        assertThat(ids).hasSize(1);
        assertThat(listed(reference)).isEqualTo(1);
    }

    /**
     * Concurrent creations share transactions, and a checkout may be recorded on another request's thread: each
     * request still gets, and keeps for its replay, its own payment and Location.
     */
    @Test
    void concurrent_creations_with_their_own_keys_each_keep_their_own_answer() throws Exception {
        String run = UUID.randomUUID().toString();
        List<Callable<Reply>> creations = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String reference = "own-" + i + "-" + run;
            creations.add(() -> Hub.post("/api/v1/payments", Hub.APP1_KEY, body(reference), "Idempotency-Key",
                    reference));
        }
        List<Reply> replies = Concurrently.all(creations);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < replies.size(); i++) {
            Reply reply = replies.get(i);
            String reference = "own-" + i + "-" + run;
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
            String id = reply.json().getString("id");
            assertThat(reply.json().getString("reference")).isEqualTo(reference);
            assertThat(reply.header("Location")).endsWith("/api/v1/payments/" + id);
            ids.add(id);
            Reply replay = Hub.post("/api/v1/payments", Hub.APP1_KEY, body(reference), "Idempotency-Key", reference);
            assertThat(replay.body()).isEqualTo(reply.body());
            assertThat(replay.header("Location")).isEqualTo(reply.header("Location"));
        }
        assertThat(ids).hasSize(replies.size());
    }

    @Test
    void refunds_are_idempotent_too() {
        var payment = Hub.createPayment(1000);
        Hub.payOnDummyPage(payment.getString("token"), "success");
        String path = "/api/v1/payments/" + payment.getString("id") + "/refunds";
        String key = UUID.randomUUID().toString();
        Reply first = Hub.post(path, Hub.APP1_KEY, "{\"amount\":400}", "Idempotency-Key", key);
        Reply again = Hub.post(path, Hub.APP1_KEY, "{\"amount\":400}", "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        var read = Hub.get("/api/v1/payments/" + payment.getString("id"), Hub.APP1_KEY).json();
        assertThat(read.getJsonNumber("refundedAmount").longValue()).isEqualTo(400);
    }

    private static int listed(String reference) {
        return Hub.get("/api/v1/payments?reference=" + reference, Hub.APP1_KEY).json().getJsonArray("items").size();
    }
}
