package io.paymenthub.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.paymenthub.it.LocalCluster.Calls;
import io.paymenthub.it.LocalCluster.Calls.Answer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The hub as a cluster (-Pcluster; .ci/run): two nodes and WildFly's balancer on this machine's PostgreSQL, in a
 * schema of their own, started by the README's launcher. What one node issues another accepts; one node is killed
 * with SIGKILL in the middle of a stream of payments, callbacks, refunds and notifications, and started again; then
 * nothing was applied twice, lost, or answered wrongly.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String APP1_KEY = "sk_test_app1";
    private static final int NOTIFY_PORT = 8105 + LocalCluster.OFFSET;
    private static final String BOG_BASIC = "Basic " + Base64.getEncoder().encodeToString(
            "it-bog-client:it-bog-secret".getBytes(StandardCharsets.UTF_8));
    private static final int PAYMENTS_PER_PHASE = 10;

    private static final WireMockServer RECEIVER = new WireMockServer(options().port(NOTIFY_PORT)
            .bindAddress("127.0.0.1").containerThreads(20));
    private static LocalCluster cluster;
    private static String databaseUrl;
    private static String databaseUser;
    private static String databasePassword;

    @BeforeAll
    static void startCluster() throws Exception {
        String ciUrl = System.getenv("PAYMENT_DB_URL");
        assertThat(ciUrl).as("ClusterIT needs PostgreSQL: PAYMENT_DB_URL=jdbc:postgresql:… (.ci/run sets it)")
                .startsWith("jdbc:postgresql:");
        databaseUser = System.getenv().getOrDefault("PAYMENT_DB_USER", "postgres");
        databasePassword = System.getenv().getOrDefault("PAYMENT_DB_PASSWORD", "");
        databaseUrl = ownSchema(ciUrl);

        RECEIVER.start();
        answerNotificationsAfter(200);

        Map<String, String> env = LocalCluster.databaseEnvironment(databaseUrl, databaseUser, databasePassword);
        env.put("BACKEND_URL", LocalCluster.BALANCER);
        env.put("PAYMENT_API_KEYS", "app1:" + APP1_KEY);
        env.put("PAYMENT_NOTIFY_SECRETS", "app1:it-app1-secret");
        env.put("PAYMENT_NOTIFY_URL", "http://127.0.0.1:" + NOTIFY_PORT + "/notify");
        env.put("PAYMENT_NOTIFY_ALLOWED_TARGETS", "127.0.0.1:" + NOTIFY_PORT);
        env.put("PAYMENT_NOTIFY_INTERVAL_MS", "300");
        env.put("PAYMENT_NOTIFY_TIMEOUT_MS", "5000");
        env.put("PAYMENT_NOTIFY_RETRY_DELAYS", "1s,1s,1s,1s,1s");
        // the janitor settles quickly what a killed request left at its gateway; an abandoned key is free after 60 s
        env.put("PAYMENT_RECONCILE_DELAYS", "5s,2s");
        env.put("PAYMENT_RECONCILE_INTERVAL_MS", "1000");
        env.put("PAYMENT_IDEMPOTENCY_ABANDONED_SECONDS", "60");
        env.put("BOG_CLIENT_ID", "it-bog-client");
        env.put("BOG_CLIENT_SECRET", "it-bog-secret");
        env.put("BOG_CALLBACK_AUTH", "oauth");
        env.put("BOG_TEST_MODE", "true");
        env.put("BOG_OAUTH_URL", "http://127.0.0.1:9/token");
        env.put("BOG_API_BASE_URL", "http://127.0.0.1:9");
        cluster = new LocalCluster(env);
        cluster.start();
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.stop();
        }
        RECEIVER.stop();
    }

    /** The merchant's receiver answers 204 after this delay. */
    private static void answerNotificationsAfter(int millis) {
        RECEIVER.resetMappings();
        RECEIVER.stubFor(post(urlEqualTo("/notify")).willReturn(aResponse().withStatus(204).withFixedDelay(millis)));
    }

    /** A fresh schema beside the CI one: the Arquillian server's background work never touches the cluster's rows. */
    private static String ownSchema(String ciUrl) throws SQLException {
        String query = URI.create(ciUrl.substring("jdbc:".length())).getQuery();
        String ciSchema = query != null && query.contains("currentSchema=")
                ? query.replaceAll(".*currentSchema=([^&]+).*", "$1") : "public";
        String schema = ciSchema + "_cluster";
        try (Connection connection = DriverManager.getConnection(ciUrl, databaseUser, databasePassword);
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
            statement.execute("create schema " + schema);
        }
        return ciUrl.contains("currentSchema=") ? ciUrl.replaceAll("currentSchema=[^&]+", "currentSchema=" + schema)
                : ciUrl + (ciUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Test
    @Order(1)
    void a_dummy_page_one_node_served_is_paid_through_the_other() {
        JsonObject payment = createPayment(LocalCluster.BALANCER, 300);
        String token = payment.getString("token");
        assertThat(Calls.call(HttpRequest.newBuilder(URI.create(LocalCluster.node(1) + "/pay/dummy/" + token)).GET())
                .status()).isEqualTo(200);
        assertThat(payOnDummyPage(LocalCluster.node(2), token).status()).isEqualTo(303);
        assertThat(read(LocalCluster.node(1), payment.getString("id")).getString("status")).isEqualTo("SUCCESSFUL");
    }

    @Test
    @Order(2)
    void a_bog_callback_token_one_node_issued_is_accepted_by_the_other() {
        Answer issued = Calls.call(HttpRequest.newBuilder(URI.create(LocalCluster.node(1)
                        + "/api/v1/callbacks/bog/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", BOG_BASIC)
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
        assertThat(issued.status()).isEqualTo(200);
        String token = json(issued.body()).getString("access_token");

        assertThat(bogCallback(LocalCluster.node(2), token).status()).as("node2, node1's token").isNotEqualTo(401);
        assertThat(bogCallback(LocalCluster.node(1), token).status()).as("node1, its own token").isNotEqualTo(401);
        assertThat(bogCallback(LocalCluster.node(2), token + "x").status()).as("a forged token").isEqualTo(401);
    }

    private static Answer bogCallback(String node, String token) {
        return Calls.call(HttpRequest.newBuilder(URI.create(node + "/api/v1/callbacks/bog"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"event\":\"order_payment\",\"body\":{}}")));
    }

    @Test
    @Order(3)
    void a_node_killed_in_a_stream_of_work_loses_nothing_and_doubles_nothing() throws Exception {
        List<String> wrongAnswers = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, JsonObject> payments = new ConcurrentHashMap<>();
        Set<String> paid = ConcurrentHashMap.newKeySet();
        Set<String> refunded = ConcurrentHashMap.newKeySet();
        ExecutorService stream = Executors.newFixedThreadPool(3);
        try {
            // 1. Both nodes up: payments through the balancer, callbacks landing on either node, refunds.
            runPhase(stream, 0, payments, paid, refunded, wrongAnswers);

            // 2. More work streams in; node2 is killed while its sender holds notifications (claimed, undelivered).
            List<Future<?>> during = startPhase(stream, PAYMENTS_PER_PHASE, payments, paid, refunded, wrongAnswers);
            // deliveries of 4 s around the kill: node2's claims outlast the time it takes to find one and kill
            answerNotificationsAfter(4000);
            awaitClaimsOf("node2");
            cluster.kill(2);
            answerNotificationsAfter(200);
            // read after the kill: what node2 held then stays held until its lease ends (node2 changes nothing now)
            Set<String> heldByNode2 = new TreeSet<>(rows("select id from notification where claimed_by = 'node2'"
                    + " and status = 'PENDING' and claimed_until > current_timestamp"));
            for (Future<?> task : during) {
                task.get(5, TimeUnit.MINUTES);
            }

            // 3. node1 alone delivers everything: node2's claims too, once their lease ran out.
            awaitAllDelivered(Duration.ofMinutes(3));
            assertThat(heldByNode2).as("notifications node2 held when it died").isNotEmpty();
            for (String id : heldByNode2) {
                assertThat(column("select claimed_by from notification where id = '" + id + "'"))
                        .as("who delivered %s, held by node2 when it died", id).isEqualTo("node1");
            }

            // 4. node2 again, and more work on both nodes; every callback of phase 1 once more, to the other node.
            cluster.restart(2);
            runPhase(stream, 2 * PAYMENTS_PER_PHASE, payments, paid, refunded, wrongAnswers);
            for (int i = 0; i < PAYMENTS_PER_PHASE; i++) {
                JsonObject payment = payments.get(reference(i));
                Answer again = payOnDummyPage(LocalCluster.node(2 - i % 2), payment.getString("token"));
                assertThat(again.status()).as("a repeated callback").isEqualTo(303);
            }
        } finally {
            stream.shutdownNow();
        }

        // What got an error is retried, as a gateway and a merchant would: through the balancer, the same key.
        for (JsonObject payment : payments.values()) {
            String id = payment.getString("id");
            if (!paid.contains(id)) {
                retried(() -> payOnDummyPage(LocalCluster.BALANCER, payment.getString("token")), 303);
            }
            if (!refunded.contains(id)) {
                retried(() -> refund(LocalCluster.BALANCER, id), 201);
            }
        }

        assertThat(wrongAnswers).as("answers that were neither right nor an error").isEmpty();
        assertThat(payments).hasSize(3 * PAYMENTS_PER_PHASE);
        for (JsonObject payment : payments.values()) {
            JsonObject read = read(LocalCluster.BALANCER, payment.getString("id"));
            assertThat(read.getString("status")).as("paid, then refunded in part").isEqualTo("PARTIALLY_REFUNDED");
            assertThat(read.getJsonNumber("refundedAmount").longValue()).as("one refund per key").isEqualTo(50);
        }
        String ids = payments.values().stream().map(p -> "'" + p.getString("id") + "'").collect(Collectors.joining(","));
        assertThat(rows("select payment_id from notification where event_type = 'payment.succeeded' and payment_id in ("
                + ids + ")")).as("fulfilled once each").hasSize(payments.size()).doesNotHaveDuplicates();
        awaitAllDelivered(Duration.ofMinutes(2));
        assertEveryNotificationReceivedUnderItsOwnId();
        assertReceiptsNumberedOnceWithoutGaps();
    }

    private void runPhase(ExecutorService stream, int first, Map<String, JsonObject> payments, Set<String> paid,
                          Set<String> refunded, List<String> wrongAnswers) throws Exception {
        for (Future<?> task : startPhase(stream, first, payments, paid, refunded, wrongAnswers)) {
            task.get(5, TimeUnit.MINUTES);
        }
    }

    /**
     * Per payment: created through the balancer; paid on the dummy page of node 1 or 2 in turn (its callback lands
     * there); refunded 50 through the balancer. A request may fail (a node is being killed), never answer wrongly.
     */
    private List<Future<?>> startPhase(ExecutorService stream, int first, Map<String, JsonObject> payments,
                                       Set<String> paid, Set<String> refunded, List<String> wrongAnswers) {
        List<Future<?>> tasks = new ArrayList<>();
        for (int i = first; i < first + PAYMENTS_PER_PHASE; i++) {
            int number = i;
            tasks.add(stream.submit(() -> {
                JsonObject payment = createPayment(LocalCluster.BALANCER, 1000, reference(number));
                payments.put(reference(number), payment);
                String id = payment.getString("id");
                Answer pay = payOnDummyPage(LocalCluster.node(1 + number % 2), payment.getString("token"));
                if (pay.status() == 303) {
                    paid.add(id);
                } else if (!isError(pay)) {
                    wrongAnswers.add("pay " + id + ": " + pay);
                }
                if (paid.contains(id)) {
                    Answer refund = refund(LocalCluster.BALANCER, id);
                    if (refund.status() == 201) {
                        refunded.add(id);
                    } else if (!isError(refund)) {
                        wrongAnswers.add("refund " + id + ": " + refund);
                    }
                }
                return null;
            }));
        }
        return tasks;
    }

    /** What a client retries: no answer, a 5xx, a 409 (a conflict, or the key's first request still running). */
    private static boolean isError(Answer answer) {
        return answer.status() == -1 || answer.status() >= 500 || answer.status() == 409;
    }

    private static String reference(int number) {
        return "cluster-" + number;
    }

    /** Creates a payment, retrying what failed with the same Idempotency-Key. */
    private static JsonObject createPayment(String base, long amount, String... reference) {
        String key = reference.length > 0 ? reference[0] : "single-" + System.nanoTime();
        String body = "{\"amount\":" + amount + ",\"currency\":\"EUR\",\"description\":\"Cluster order\""
                + ",\"reference\":\"" + key + "\"}";
        Answer created = retried(() -> Calls.call(HttpRequest.newBuilder(URI.create(base + "/api/v1/payments"))
                .header("Authorization", "Bearer " + APP1_KEY).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body))), 201);
        return json(created.body());
    }

    /**
     * Sends until the expected answer comes, while the answers are errors (a request cut by the kill may hold its
     * idempotency key, or leave a refund for the janitor, for a minute or two); any other answer fails the test.
     */
    private static Answer retried(java.util.function.Supplier<Answer> request, int expected) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        Answer answer = request.get();
        while (answer.status() != expected && isError(answer) && System.nanoTime() < deadline) {
            sleep(1000);
            answer = request.get();
        }
        assertThat(answer.status()).as("answer %s", answer).isEqualTo(expected);
        return answer;
    }

    private static Answer payOnDummyPage(String base, String token) {
        return Calls.call(HttpRequest.newBuilder(URI.create(base + "/pay/dummy/" + token))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("outcome=success")));
    }

    private static Answer refund(String base, String paymentId) {
        return Calls.call(HttpRequest.newBuilder(URI.create(base + "/api/v1/payments/" + paymentId + "/refunds"))
                .header("Authorization", "Bearer " + APP1_KEY).header("Content-Type", "application/json")
                .header("Idempotency-Key", "refund-" + paymentId)
                .POST(HttpRequest.BodyPublishers.ofString("{\"amount\":50}")));
    }

    private static JsonObject read(String base, String paymentId) {
        Answer answer = Calls.call(HttpRequest.newBuilder(URI.create(base + "/api/v1/payments/" + paymentId))
                .header("Authorization", "Bearer " + APP1_KEY).GET());
        assertThat(answer.status()).as("reading %s: %s", paymentId, answer).isEqualTo(200);
        return json(answer.body());
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** Waits (a minute at most) until node's sender holds notifications: claimed, not yet delivered. */
    private static void awaitClaimsOf(String node) {
        List<String> held = List.of();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (held.isEmpty() && System.nanoTime() < deadline) {
            held = (rows("select id from notification where claimed_by = '" + node + "' and status = 'PENDING'"
                    + " and claimed_until > current_timestamp"));
            if (held.isEmpty()) {
                // more work, so that the senders are busy
                createAndPay(1);
            }
        }
    }

    private static void createAndPay(int node) {
        JsonObject payment = createPayment(LocalCluster.BALANCER, 200);
        payOnDummyPage(LocalCluster.node(node), payment.getString("token"));
        payOnDummyPage(LocalCluster.node(3 - node), payment.getString("token"));
    }

    private static void awaitAllDelivered(Duration timeout) throws Exception {
        NotifyReceiver.await("every notification delivered", timeout,
                () -> rows("select id from notification where status <> 'DELIVERED'").isEmpty());
    }

    /** Every notification reached the merchant, each delivery of one under its one webhook-id, with the same body. */
    private static void assertEveryNotificationReceivedUnderItsOwnId() {
        Map<String, Set<String>> bodiesById = new HashMap<>();
        for (LoggedRequest request : RECEIVER.findAll(com.github.tomakehurst.wiremock.client.WireMock
                .postRequestedFor(urlEqualTo("/notify")))) {
            bodiesById.computeIfAbsent(request.getHeader("webhook-id"), id -> new java.util.HashSet<>())
                    .add(request.getBodyAsString());
        }
        List<String> notifications = rows("select id from notification");
        assertThat(bodiesById.keySet()).containsAll(notifications);
        bodiesById.forEach((id, bodies) -> assertThat(bodies).as("deliveries of %s", id).hasSize(1));
    }

    /** Receipts are numbered by every node (after commit, and each node's timer): once each, no number skipped. */
    private static void assertReceiptsNumberedOnceWithoutGaps() throws Exception {
        NotifyReceiver.await("every receipt numbered", Duration.ofSeconds(60),
                () -> rows("select payment_id from receipt where sequence_no is null").isEmpty());
        List<String> numbers = rows("select receipt_number from receipt");
        assertThat(numbers).doesNotHaveDuplicates();
        List<String> sequence = rows("select sequence_no from receipt order by receipt_year, sequence_no");
        for (int i = 0; i < sequence.size(); i++) {
            assertThat(Long.parseLong(sequence.get(i))).as("receipt sequence %d", i).isEqualTo(i + 1L);
        }
    }

    private static String column(String sql) {
        List<String> values = rows(sql);
        assertThat(values).as(sql).hasSize(1);
        return values.get(0);
    }

    private static List<String> rows(String sql) {
        try (Connection connection = DriverManager.getConnection(databaseUrl, databaseUser, databasePassword);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
