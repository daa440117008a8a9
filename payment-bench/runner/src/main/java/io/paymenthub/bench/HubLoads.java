package io.paymenthub.bench;

import io.paymenthub.bench.ClosedLoop.Figures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The loads, each the same closed loop over the same connections: the ceiling, checkout creations (which make the
 * payments the other loads use), signed callbacks (each moving one of those payments to SUCCESSFUL), reads. A
 * round runs the four; the benchmark runs a warm-up round first, so that every load is measured on a server whose
 * JIT has seen all of them.
 */
final class HubLoads {

    static final String API_KEY = "sk_bench_key";
    static final String SHOP_ID = "361";
    static final String SHOP_SECRET = "bench-begateway-secret";

    private static final Pattern PAYMENT_ID = Pattern.compile("\"id\":\"(pay_[^\"]+)\"");
    private static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString((SHOP_ID + ":" + SHOP_SECRET).getBytes(StandardCharsets.UTF_8));

    /** A round: its name, its requests per load before measuring and measured, and whether JFR records it. */
    record Round(String name, int warmup, int measured, boolean recorded) {

        int total() {
            return warmup + measured;
        }
    }

    /** What one round measured. */
    record Results(Figures ceiling, Figures checkouts, Figures callbacks, Figures reads) {
    }

    private final Settings settings;
    private final BenchServer server;
    private final HttpLoad http;
    private final WebhookSigner signer;
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final List<String> created = new ArrayList<>();
    private long callbacksSent;

    HubLoads(Settings settings, BenchServer server, HttpLoad http, WebhookSigner signer) {
        this.settings = settings;
        this.server = server;
        this.http = http;
        this.signer = signer;
    }

    Results round(Round round) throws Exception {
        System.out.printf("%s round: %d connections, %d requests per load before measuring, %d measured%n",
                round.name(), settings.connections(), round.warmup(), round.measured());
        Figures ceiling = ceiling(round);
        String[] payments = new String[round.total()];
        Figures checkouts = checkouts(round, payments);
        Figures callbacks = callbacks(round, payments);
        Figures reads = reads(round);
        return new Results(ceiling, checkouts, callbacks, reads);
    }

    long callbacksSent() {
        return callbacksSent;
    }

    /** {@code POST /bench-ceiling/rows/{n}}: one JPA update under {@code @Version}, a row per request in turn. */
    private Figures ceiling(Round round) throws Exception {
        String url = settings.hubUrl() + "/bench-ceiling/rows/";
        return measure(round, "ceiling: one JPA update", "ceiling", i -> http.post(url + (i % settings.ceilingRows()),
                ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8)).status() == 200);
    }

    /** {@code POST /api/v1/payments} through the BeGateway adapter to the simulator; keeps each payment's id. */
    private Figures checkouts(Round round, String[] payments) throws Exception {
        String url = settings.hubUrl() + "/api/v1/payments";
        Figures figures = measure(round, "checkout creations", "checkouts", i -> {
            HttpLoad.Reply reply = http.post(url, checkoutRequest(round, i), "Authorization", "Bearer " + API_KEY,
                    "Idempotency-Key", key(round, i));
            Matcher id = PAYMENT_ID.matcher(reply.body());
            if (reply.status() != 201 || !id.find()) {
                return false;
            }
            payments[i] = id.group(1);
            return true;
        });
        for (String payment : payments) {
            if (payment != null) {
                created.add(payment);
            }
        }
        return figures;
    }

    /**
     * BeGateway webhooks (Basic auth and RSA {@code Content-Signature}), each making one payment of the round
     * SUCCESSFUL with its fulfilment. Bodies are signed before the load starts: the gateway's signing is not ours.
     */
    private Figures callbacks(Round round, String[] payments) throws Exception {
        String url = settings.hubUrl() + "/api/v1/callbacks/begateway";
        byte[][] bodies = new byte[round.total()][];
        String[] signatures = new String[round.total()];
        IntStream.range(0, round.total()).parallel().filter(i -> payments[i] != null).forEach(i -> {
            bodies[i] = webhook(round, i, payments[i]).getBytes(StandardCharsets.UTF_8);
            signatures[i] = signer.sign(bodies[i]);
        });
        callbacksSent += round.total();
        return measure(round, "signed callbacks", "callbacks", i -> {
            if (bodies[i] == null) {
                return false;
            }
            HttpLoad.Reply reply = http.post(url, bodies[i], "Authorization", BASIC, "Content-Signature",
                    signatures[i]);
            return reply.status() == 200 && reply.body().contains("\"outcome\":\"applied\"")
                    && reply.body().contains("\"status\":\"SUCCESSFUL\"");
        });
    }

    /** {@code GET /api/v1/payments/{id}} of the payments created so far, in random order. */
    private Figures reads(Round round) throws Exception {
        String url = settings.hubUrl() + "/api/v1/payments/";
        List<String> payments = List.copyOf(created);
        return measure(round, "payment reads", "reads", i -> {
            String id = payments.get(ThreadLocalRandom.current().nextInt(payments.size()));
            return http.get(url + id, "Authorization", "Bearer " + API_KEY).status() == 200;
        });
    }

    private Figures measure(Round round, String name, String recording, ClosedLoop.Request request)
            throws Exception {
        boolean recorded = round.recorded() && settings.flightRecordings();
        ClosedLoop.Request send = !recorded ? request : i -> {
            if (i == round.warmup()) {
                server.startRecording(recording);
            }
            return request.send(i);
        };
        Figures figures = ClosedLoop.run(name, settings.connections(), round.warmup(), round.measured(), send);
        if (recorded) {
            server.stopRecording(recording);
        }
        if (round.measured() > 0) {
            System.out.printf("  %s: %.0f/s, p50 %.2f ms, p99 %.2f ms, %d not as expected%s%n", name,
                    figures.perSecond(), figures.p50Millis(), figures.p99Millis(), figures.failures(),
                    figures.firstFailure() == null ? "" : " (first: " + figures.firstFailure() + ")");
        } else {
            System.out.printf("  %s: done%n", name);
        }
        return figures;
    }

    private String key(Round round, int i) {
        return "bench-" + run + "-" + round.name() + "-" + i;
    }

    private static long amount(int i) {
        return 100 + i % 9_900;
    }

    private byte[] checkoutRequest(Round round, int i) {
        return ("{\"gateway\":\"begateway\",\"amount\":" + amount(i) + ",\"currency\":\"EUR\","
                + "\"description\":\"Benchmark order " + i + "\",\"reference\":\"" + key(round, i) + "\","
                + "\"customer\":{\"email\":\"payer" + i + "@example.com\"}}").getBytes(StandardCharsets.UTF_8);
    }

    /** The documented webhook shape (BeGateway's PHP SDK fixture), for payment {@code i} of the round. */
    private String webhook(Round round, int i, String paymentId) {
        return """
                {"transaction":{"customer":{"ip":"127.0.0.1","email":"payer%d@example.com"},\
                "credit_card":{"holder":"John Doe","stamp":"3709786942408b77","token":"d46d77d181e34554",\
                "brand":"visa","last_4":"4242","first_1":"4","exp_month":5,"exp_year":2030},\
                "payment":{"auth_code":"654321","rrn":"999","status":"successful"},\
                "uid":"%s","status":"successful","message":"Successfully processed","amount":%d,\
                "test":true,"currency":"EUR","description":"Benchmark order %d","type":"payment",\
                "tracking_id":"%s","payment_method_type":"credit_card"}}"""
                .formatted(i, key(round, i), amount(i), i, paymentId);
    }
}
