package io.paymenthub.it;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.paymenthub.it.BeGatewayCallbacksIT.notification;
import static io.paymenthub.it.BeGatewaySimulator.transaction;
import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.it.Hub.Reply;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Faults injected, not reasoned about, on a {@link CrashHub} whose database is reached through a proxy the test
 * controls ({@link FaultDatabase}) and whose BeGateway is a simulator that can hold its answer: the database refusing
 * connections during a refund and during a stream of callbacks, and the server killed (SIGKILL) between a refund's
 * gateway call and its settling. No refund is doubled or lost, every callback is applied once, and the hub serves
 * again as soon as the database does, without a restart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MoneyUnderFaultsIT {

    private static final String URL = CrashHub.URL;
    private static final String REFUNDS = "/transactions/refunds";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String PUBLIC_KEY = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwpQ9Gqt0Gt7mj4yDzidLDjS9a5OO4m92dalblFaKfRE7VDRAlbe/n+EpKmLV9bZ9LF08HaOOYj/2jDm1r0FzzyOQyX3tJpsmQVES2WtE3VDA1Jtf/hgN3hcZGzJI+bje/rP5r/taILGpm2bQAFaWdGe1j7vhqxZXfwHgQtLGYOWnNHIchlSt75XNJZD+57H4LdYHTDrYBEoty1C51ESbKzmgNJvdtDSyJbQmaBFRouN0WLnai4E7Sye1OUDqa9L/Zd6U5Q32qwZbEBSDj/vuT8uhnD/BvuqENlTe8TcDdt7lzjhRkk1z9yX1e3EjDwZzShcAMaSrjKiz09H7vIRJ6QIDAQAB";

    private static FaultDatabase database;
    private static BeGatewaySimulator gateway;
    private static Process server;

    @BeforeAll
    static void startHub() throws Exception {
        CrashHub.prepareBaseDirectory();
        database = FaultDatabase.start(CrashHub.WORK.resolve("h2-server"));
        gateway = new BeGatewaySimulator(CrashHub.freePort());
        gateway.server.start();
        server = start();
    }

    private static Process start() throws Exception {
        String simulator = "http://localhost:" + gateway.server.port();
        return CrashHub.start(List.of(
                "-DSECURE_PROCESSOR_SHOP_ID=361", "-DSECURE_PROCESSOR_SECRET_KEY=it-begateway-secret",
                "-DSECURE_PROCESSOR_PUBLIC_KEY=" + PUBLIC_KEY, "-DSECURE_PROCESSOR_TEST_MODE=true",
                "-DSECURE_PROCESSOR_API_BASE_URL=" + simulator, "-DSECURE_PROCESSOR_GATEWAY_BASE_URL=" + simulator,
                "-DSECURE_PROCESSOR_CHECKOUT_TOKEN_PATH=" + BeGatewaySimulator.CHECKOUTS,
                // long enough for the test to cut the database, or kill the server, while a refund's answer is held
                "-DSECURE_PROCESSOR_TIMEOUT_MS=90000",
                "-DPAYMENT_RECONCILE_DELAYS=5s,2s", "-DPAYMENT_RECONCILE_INTERVAL_MS=500"),
                database.environment());
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (server != null) {
            CrashHub.kill(server);
        }
        if (gateway != null) {
            gateway.releaseHeld();
            gateway.server.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(0)
    void a_key_left_in_progress_before_any_gateway_call_is_taken_over_once_abandoned_never_before()
            throws Exception {
        JsonObject payment = paid(1000);
        gateway.transactionAnswers("refunds", transaction("r-abandoned", "successful", uidOf(payment)));
        String done = "refund-done-" + payment.getString("id");
        assertThat(refund(payment, 100, done).status()).isEqualTo(201);
        String hash;
        try (Connection connection = database.connect();
             PreparedStatement select = connection.prepareStatement(
                     "select request_hash from idempotency_record where idem_key = ?")) {
            select.setString(1, done);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                hash = row.getString(1);
            }
        }
        // two keys of the same request left in progress (no answer, no gateway operation) by requests that died:
        // one 10 minutes ago, one just now
        String abandoned = "refund-abandoned-" + payment.getString("id");
        String recent = "refund-recent-" + payment.getString("id");
        try (Connection connection = database.connect();
             PreparedStatement insert = connection.prepareStatement("insert into idempotency_record"
                     + " (id, app_id, idem_key, request_hash, created_at) values (?, 'app1', ?, ?, ?)")) {
            insert.setLong(1, 900_000_000L + SEQUENCE.incrementAndGet());
            insert.setString(2, abandoned);
            insert.setString(3, hash);
            insert.setObject(4, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(10));
            insert.executeUpdate();
            insert.setLong(1, 900_000_000L + SEQUENCE.incrementAndGet());
            insert.setString(2, recent);
            insert.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }

        Reply stuck = refund(payment, 100, recent);
        assertThat(stuck.status()).as(stuck.body()).isEqualTo(409);
        assertThat(stuck.json().getString("code")).isEqualTo("idempotency_in_progress");
        Reply takenOver = refund(payment, 100, abandoned);
        assertThat(takenOver.status()).as(takenOver.body()).isEqualTo(201);
        assertThat(takenOver.json().getString("status")).isEqualTo("SUCCEEDED");
        assertThat(gateway.requestsTo(REFUNDS)).as("the done refund and the taken-over one").hasSize(2);
        gateway.server.resetRequests();
    }

    @Test
    @Order(1)
    void a_refund_whose_settling_meets_a_dead_database_is_sent_once_and_settled_by_the_janitor() throws Exception {
        JsonObject payment = paid(1000);
        gateway.holdsTransactionAnswers("refunds", transaction("r-cut", "successful", uidOf(payment)));
        String key = "refund-cut-" + payment.getString("id");
        int held = gateway.heldRequests();
        CompletableFuture<Reply> refund = CompletableFuture.supplyAsync(() -> refund(payment, 300, key));
        NotifyReceiver.await("the refund at the gateway", Duration.ofSeconds(30),
                () -> gateway.heldRequests() == held + 1);

        database.proxy().refuse();
        gateway.releaseHeld();
        Reply failed = refund.get(90, TimeUnit.SECONDS);
        assertThat(failed.status()).as("settling without a database: " + failed.body()).isGreaterThanOrEqualTo(500);
        Thread.sleep(3000);
        database.proxy().restore();

        long restored = System.nanoTime();
        NotifyReceiver.await("the hub serving again without a restart", Duration.ofSeconds(20),
                () -> read(payment).status() == 200);
        long recoveredMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restored);
        System.out.printf("Served again %d ms after the database came back%n", recoveredMillis);

        Reply retried = refund(payment, 300, key);
        assertThat(retried.status()).as("the merchant's retry while the refund is unsettled: " + retried.body())
                .isEqualTo(409);
        assertThat(retried.json().getString("code")).isEqualTo("idempotency_in_progress");
        assertThat(gateway.requestsTo(REFUNDS)).as("the retry never reaches the gateway").hasSize(1);

        refundDoneAtGateway(payment, "r-cut", 300);
        settledOnceByTheJanitor(payment, 300);

        Reply replayed = refund(payment, 300, key);
        assertThat(replayed.status()).as(replayed.body()).isEqualTo(201);
        assertThat(replayed.json().getString("status")).isEqualTo("SUCCEEDED");
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(gateway.requestsTo(REFUNDS)).as("one gateway call in all").hasSize(1);
        assertThat(recoveredMillis).as("served again after the database came back, ms").isLessThan(10_000);
    }

    @Test
    @Order(2)
    void callbacks_answered_5xx_while_the_database_refuses_are_applied_once_when_the_gateway_retries()
            throws Exception {
        List<JsonObject> payments = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            payments.add(payment(500));
        }
        Map<String, String> webhooks = new HashMap<>();
        payments.forEach(p -> webhooks.put(p.getString("id"),
                notification(p, "uid-stream-" + p.getString("id"), "payment", "successful", 500)));

        Map<String, Integer> firstAnswers = new HashMap<>();
        List<JsonObject> beforeCut = payments.subList(0, 2);
        beforeCut.forEach(p -> firstAnswers.put(p.getString("id"), webhook(webhooks.get(p.getString("id")))));
        database.proxy().refuse();
        payments.subList(2, payments.size()).forEach(p ->
                firstAnswers.put(p.getString("id"), webhook(webhooks.get(p.getString("id")))));
        Thread.sleep(3000);
        database.proxy().restore();

        assertThat(firstAnswers.values()).as("answers during the outage: " + firstAnswers).contains(200)
                .anyMatch(status -> status >= 500);
        // the gateway retries every callback not answered 2xx, until it is; and sends one of each again anyway
        for (Map.Entry<String, Integer> first : firstAnswers.entrySet()) {
            if (first.getValue() != 200) {
                String body = webhooks.get(first.getKey());
                NotifyReceiver.await("the retried callback of " + first.getKey() + " accepted", Duration.ofSeconds(30),
                        () -> webhook(body) == 200);
            }
        }
        webhooks.values().forEach(body -> assertThat(webhook(body)).isEqualTo(200));

        for (JsonObject p : payments) {
            JsonObject after = read(p).json();
            assertThat(after.getString("status")).as(p.getString("id")).isEqualTo("SUCCESSFUL");
            long successes = after.getJsonArray("events").stream().map(JsonValue::asJsonObject)
                    .filter(event -> "SUCCESSFUL".equals(event.getString("to", null))
                            && "applied".equals(event.getString("outcome", null)))
                    .count();
            assertThat(successes).as("applied once: " + after.getJsonArray("events")).isEqualTo(1);
        }
    }

    @Test
    @Order(3)
    void a_refund_sent_by_a_server_killed_before_it_settled_is_settled_once_after_the_restart() throws Exception {
        JsonObject payment = paid(800);
        int before = gateway.requestsTo(REFUNDS).size();
        int held = gateway.heldRequests();
        gateway.holdsTransactionAnswers("refunds", transaction("r-kill", "successful", uidOf(payment)));
        CompletableFuture.runAsync(() -> {
            try {
                refund(payment, 200, "refund-kill-" + payment.getString("id"));
            } catch (RuntimeException e) {
                // the server dies under it
            }
        });
        NotifyReceiver.await("the refund at the gateway", Duration.ofSeconds(30),
                () -> gateway.heldRequests() == held + 1);

        CrashHub.kill(server);
        server = null;
        gateway.releaseHeld();
        refundDoneAtGateway(payment, "r-kill", 200);
        server = start();

        settledOnceByTheJanitor(payment, 200);
        assertThat(gateway.requestsTo(REFUNDS)).as("sent once").hasSize(before + 1);
    }

    /** The payment's one refund, of {@code amount}, succeeded: settled by the janitor, once. */
    private static void settledOnceByTheJanitor(JsonObject payment, long amount) throws InterruptedException {
        NotifyReceiver.await("the janitor settles the refund", Duration.ofSeconds(60),
                () -> "PARTIALLY_REFUNDED".equals(read(payment).json().getString("status")));
        JsonObject after = read(payment).json();
        assertThat(after.getJsonNumber("refundedAmount").longValue()).isEqualTo(amount);
        assertThat(after.getJsonArray("refunds")).hasSize(1);
        assertThat(after.getJsonArray("refunds").getJsonObject(0).getString("status")).isEqualTo("SUCCEEDED");
    }

    private static JsonObject payment(long amount) {
        gateway.opensCheckout("chk_fault_" + SEQUENCE.incrementAndGet());
        Reply created = Hub.post(URL + "/api/v1/payments", Hub.APP1_KEY, "{\"gateway\":\"begateway\",\"amount\":"
                + amount + ",\"currency\":\"EUR\",\"description\":\"Faults\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private static JsonObject paid(long amount) {
        JsonObject payment = payment(amount);
        assertThat(webhook(notification(payment, uidOf(payment), "payment", "successful", amount))).isEqualTo(200);
        return payment;
    }

    private static String uidOf(JsonObject payment) {
        return "uid-" + payment.getString("id");
    }

    private static Reply refund(JsonObject payment, long amount, String key) {
        return Hub.post(URL + "/api/v1/payments/" + payment.getString("id") + "/refunds", Hub.APP1_KEY,
                "{\"amount\":" + amount + "}", "Idempotency-Key", key);
    }

    /** The gateway's status query by the payment's tracking id now lists the refund, done. */
    private static void refundDoneAtGateway(JsonObject payment, String refundUid, long amount) {
        gateway.server.stubFor(get(urlEqualTo("/v2/transactions/tracking_id/" + payment.getString("id")))
                .willReturn(okJson("""
                        {"transactions":[
                         {"uid":"%s","type":"payment","status":"successful","amount":%d,"currency":"EUR"},
                         {"uid":"%s","type":"refund","status":"successful","amount":%d,"currency":"EUR",
                          "parent_uid":"%s","tracking_id":"%s"}]}
                        """.formatted(uidOf(payment), payment.getJsonNumber("amount").longValue(), refundUid, amount,
                        uidOf(payment), payment.getString("id")))));
    }

    private static Reply read(JsonObject payment) {
        try {
            return Hub.get(URL + "/api/v1/payments/" + payment.getString("id"), Hub.APP1_KEY);
        } catch (RuntimeException e) {
            return new Reply(0, e.toString(), Map.of());
        }
    }

    private static int webhook(String body) {
        try {
            return BeGatewaySimulator.webhookTo(URL, body).status();
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
