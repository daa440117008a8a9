package io.paymenthub.bench;

import io.paymenthub.bench.Load.Figures;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The loads, each driven the same way over the same connections: the ceiling, the checkout floor, checkout
 * creations (which make the payments the other loads use), signed callbacks (each moving one of those payments to
 * SUCCESSFUL), reads. The benchmark warms all five up in a closed loop until their rates are steady (WildFly's JIT
 * takes minutes of load to settle on a path), then measures them in two rounds, each with the ceiling's transaction
 * sent to the database alone beside the ceiling: one in a closed loop, with the ceiling once more at its end, then one
 * at a fixed rate.
 */
final class HubLoads {

    static final String API_KEY = "sk_bench_key";
    static final String SHOP_ID = "361";
    static final String SHOP_SECRET = "bench-begateway-secret";
    static final Duration WARM_UP_WINDOW = Duration.ofSeconds(15);
    /**
     * Windows in a row within 5 % of each other, and no more than 5 % above as many windows before them, make a load
     * steady: two in a row were too few (the JIT gains in steps), and three alone took a plateau between two steps
     * for the end — on a slow host one run's checkouts stopped warming at 147/s after 124 s, while another run, that
     * hour, went on to 299/s.
     */
    static final int STEADY_WINDOWS = 3;

    private static final Pattern PAYMENT_ID = Pattern.compile("\"id\":\"(pay_[^\"]+)\"");
    private static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString((SHOP_ID + ":" + SHOP_SECRET).getBytes(StandardCharsets.UTF_8));

    /**
     * A measured round: its name, its requests per load before measuring and measured, and their rate — 0 for a
     * closed loop ({@link Load#closed}), else requests per second in an open loop ({@link Load#atFixedRate}).
     */
    record Round(String name, int warmup, int measured, int ratePerSecond) {

        static Round closedLoop(String name, int warmup, int measured) {
            return new Round(name, warmup, measured, 0);
        }

        static Round atFixedRate(String name, int ratePerSecond, int warmup, int measured) {
            return new Round(name, warmup, measured, ratePerSecond);
        }

        int total() {
            return warmup + measured;
        }

        boolean isFixedRate() {
            return ratePerSecond > 0;
        }

        /** A load's name in this round: at a fixed rate, with the rate. */
        String label(String load) {
            return isFixedRate() ? load + " at " + ratePerSecond + "/s" : load;
        }
    }

    /**
     * What one round measured: the ceiling, and the other loads in the report's order — the database alone (the
     * ceiling's transaction with no server: how much of the ceiling is the database's), the checkout floor, signed
     * callbacks, checkout creations, reads and, in a closed loop, the ceiling once more after the hub's loads (the
     * same server with the JIT's work on their paths behind it: how far the ceiling itself moved within the round).
     */
    record Results(Figures ceiling, List<Figures> others) {

        double slowestPerSecond() {
            return others.stream().mapToDouble(Figures::perSecond).min().orElse(ceiling.perSecond());
        }
    }

    private final Settings settings;
    private final BenchDatabase database;
    private final DatabaseAlone databaseAlone;
    private final BenchServer server;
    private final HttpLoad http;
    private final WebhookSigner signer;
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final List<String> created = new ArrayList<>();
    private final AtomicLong callbacksSent = new AtomicLong();
    private final AtomicLong floorCheckouts = new AtomicLong();
    private final List<String> warmUps = new ArrayList<>();
    private final Map<String, Costs> costs = new LinkedHashMap<>();

    HubLoads(Settings settings, BenchServer server, HttpLoad http, WebhookSigner signer, BenchDatabase database,
             DatabaseAlone databaseAlone) {
        this.settings = settings;
        this.database = database;
        this.databaseAlone = databaseAlone;
        this.server = server;
        this.http = http;
        this.signer = signer;
    }

    /**
     * Each load, unmeasured, in windows of {@link #WARM_UP_WINDOW} until it is steady ({@link #isSteady}, after at
     * least {@code minimum}) — or {@code maximum} has passed; the callbacks as many as
     * the checkouts made. Every window's rate is printed and kept for the report. Failures end the benchmark:
     * figures of a hub that answers wrongly are worth nothing.
     */
    void warmUp(Duration minimum, Duration maximum) throws Exception {
        System.out.printf("warm-up: %d connections, %d s windows, at least %d s and at most %d s per load%n",
                settings.connections(), WARM_UP_WINDOW.toSeconds(), minimum.toSeconds(), maximum.toSeconds());
        Round warmUp = Round.closedLoop("warm-up", 0, 0);
        warmUpUntilSteady("ceiling", minimum, maximum, this::touchCeilingRow);
        warmUpUntilSteady("checkout floor", minimum, maximum, i -> openFloorCheckout());
        Map<Integer, String> made = new ConcurrentHashMap<>();
        warmUpUntilSteady("checkouts", minimum, maximum, i -> createPayment(warmUp, i, made));
        String[] payments = new String[made.keySet().stream().mapToInt(i -> i + 1).max().orElse(0)];
        made.forEach((i, id) -> payments[i] = id);
        created.addAll(made.values());
        Signed signed = sign(warmUp, payments);
        long started = System.nanoTime();
        Figures callbacks = checked(Load.closed("warm-up callbacks", settings.connections(), payments.length, 0,
                i -> payments[i] == null || sendCallback(signed, i)));
        analyze();
        String line = String.format(Locale.ROOT, "callbacks %d requests in %d s (one per payment the checkouts made)",
                callbacks.sent(), Duration.ofNanos(System.nanoTime() - started).toSeconds());
        System.out.println("  warm-up " + line);
        warmUps.add(line);
        List<String> readable = List.copyOf(created);
        warmUpUntilSteady("reads", minimum, maximum, i -> read(readable));
    }

    /**
     * What one measured load's requests cost, its requests before measuring included.
     *
     * @param cpu   CPU milliseconds per request: server (of it its JIT compiler), database, load generator and
     *              simulator, the rest of the machine ({@link CpuTime#perRequest})
     * @param coreWait milliseconds per request that the server's, the database's and the load generator's threads
     *              waited for a core ({@link CoreWait#perRequest})
     * @param units the requests' units of work per shared transaction of the hub (its group commit): how many
     *              requests one commit served
     */
    record Costs(String cpu, String coreWait, String units) {

        static final Costs NONE = new Costs("—", "—", "—");
    }

    /** Each measured load's {@link Costs}, by its name. */
    Map<String, Costs> costs() {
        return Map.copyOf(costs);
    }

    /** How each load warmed up: its windows' rates, for the report. */
    List<String> warmUps() {
        return List.copyOf(warmUps);
    }

    private void warmUpUntilSteady(String load, Duration minimum, Duration maximum, Load.Request request) {
        long started = System.nanoTime();
        int sent = 0;
        List<Long> rates = new ArrayList<>();
        boolean steady = false;
        Duration elapsed = Duration.ZERO;
        while (!steady && elapsed.compareTo(maximum) < 0) {
            int offset = sent;
            Figures window = checked(Load.closedFor("warm-up " + load, settings.connections(), WARM_UP_WINDOW,
                    i -> request.send(offset + i)));
            sent += (int) window.sent();
            rates.add(Math.round(window.sent() / (double) WARM_UP_WINDOW.toSeconds()));
            analyze();
            elapsed = Duration.ofNanos(System.nanoTime() - started);
            steady = elapsed.compareTo(minimum) >= 0 && isSteady(rates);
        }
        String line = String.format(Locale.ROOT, "%s %d requests in %d s, per window %s/s (%s)", load, sent,
                elapsed.toSeconds(), rates.stream().map(String::valueOf).collect(Collectors.joining(" ")),
                steady ? "steady" : "still changing at the maximum");
        System.out.println("  warm-up " + line);
        warmUps.add(line);
    }

    /** Between warm-up windows, what autovacuum would do as the tables grow ({@link BenchDatabase#analyze}). */
    private void analyze() {
        try {
            database.analyze();
        } catch (SQLException e) {
            throw new IllegalStateException("ANALYZE of the benchmark's schema failed", e);
        }
    }

    /**
     * The last {@link #STEADY_WINDOWS} windows' rates are within 5 % of the highest of them, and their mean is at most
     * 5 % above the mean of the {@link #STEADY_WINDOWS} windows before them (the rate no longer climbs).
     */
    static boolean isSteady(List<Long> rates) {
        if (rates.size() < 2 * STEADY_WINDOWS) {
            return false;
        }
        List<Long> last = rates.subList(rates.size() - STEADY_WINDOWS, rates.size());
        List<Long> before = rates.subList(rates.size() - 2 * STEADY_WINDOWS, rates.size() - STEADY_WINDOWS);
        long highest = last.stream().mapToLong(Long::longValue).max().orElseThrow();
        long lowest = last.stream().mapToLong(Long::longValue).min().orElseThrow();
        return highest - lowest <= 0.05 * highest && mean(last) <= 1.05 * mean(before);
    }

    private static double mean(List<Long> rates) {
        return rates.stream().mapToLong(Long::longValue).average().orElseThrow();
    }

    private static Figures checked(Figures warmUp) {
        if (warmUp.failures() > 0) {
            throw new IllegalStateException(warmUp.name() + ": " + warmUp.failures() + " not answered as expected,"
                    + " first: " + warmUp.firstFailure());
        }
        return warmUp;
    }

    Results round(Round round) throws Exception {
        System.out.printf("%s round: %s, %d connections, %d requests per load before measuring, %d measured%n",
                round.name(), round.isFixedRate() ? round.ratePerSecond() + " requests/s" : "closed loop",
                settings.connections(), round.warmup(), round.measured());
        Figures ceiling = ceiling(round, "ceiling: one JPA update", "ceiling");
        Figures alone = measure(round, "database alone: the ceiling's transaction over JDBC, no server",
                "database-alone", i -> databaseAlone.touch(i % settings.ceilingRows()));
        Figures floor = measure(round, "checkout floor: two JPA transactions around one call to the simulator",
                "floor", i -> openFloorCheckout());
        String[] payments = new String[round.total()];
        Figures checkouts = checkouts(round, payments);
        Figures callbacks = callbacks(round, payments);
        Figures reads = reads(round);
        if (round.isFixedRate()) {
            return new Results(ceiling, List.of(alone, floor, callbacks, checkouts, reads));
        }
        Figures ceilingAgain = ceiling(round, "ceiling again, after the hub's loads", "ceiling-again");
        return new Results(ceiling, List.of(alone, floor, callbacks, checkouts, reads, ceilingAgain));
    }

    long callbacksSent() {
        return callbacksSent.get();
    }

    /** The checkout floor's requests, warm-up included: each opened a checkout at the simulator. */
    long floorCheckouts() {
        return floorCheckouts.get();
    }

    /** {@code POST /bench-ceiling/rows/{n}}: one JPA update under {@code @Version}, a row per request in turn. */
    private Figures ceiling(Round round, String name, String recording) throws Exception {
        return measure(round, name, recording, this::touchCeilingRow);
    }

    private boolean touchCeilingRow(int i) throws Exception {
        return http.post(settings.hubUrl() + "/bench-ceiling/rows/" + (i % settings.ceilingRows()),
                ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8)).status() == 200;
    }

    /**
     * {@code POST /bench-ceiling/checkouts/{n}}: a row inserted, the simulator called between transactions, the row
     * updated with its token — the least a checkout does ({@code CheckoutFloorResource}); a new row per request.
     */
    private boolean openFloorCheckout() throws Exception {
        long id = floorCheckouts.incrementAndGet();
        return http.post(settings.hubUrl() + "/bench-ceiling/checkouts/" + id,
                ("{\"n\":" + id + "}").getBytes(StandardCharsets.UTF_8)).status() == 200;
    }

    /** {@code POST /api/v1/payments} through the BeGateway adapter to the simulator; keeps each payment's id. */
    private Figures checkouts(Round round, String[] payments) throws Exception {
        Map<Integer, String> made = new ConcurrentHashMap<>();
        Figures figures = measure(round, "checkout creations", "checkouts", i -> createPayment(round, i, made));
        made.forEach((i, id) -> payments[i] = id);
        created.addAll(made.values());
        return figures;
    }

    private boolean createPayment(Round round, int i, Map<Integer, String> made) throws Exception {
        HttpLoad.Reply reply = http.post(settings.hubUrl() + "/api/v1/payments", checkoutRequest(round, i),
                "Authorization", "Bearer " + API_KEY, "Idempotency-Key", key(round, i));
        Matcher id = PAYMENT_ID.matcher(reply.body());
        if (reply.status() != 201 || !id.find()) {
            return false;
        }
        made.put(i, id.group(1));
        return true;
    }

    /**
     * BeGateway webhooks (Basic auth and RSA {@code Content-Signature}), each making one payment of the round
     * SUCCESSFUL with its fulfilment. Bodies are signed before the load starts: the gateway's signing is not ours.
     */
    private Figures callbacks(Round round, String[] payments) throws Exception {
        Signed signed = sign(round, payments);
        return measure(round, "signed callbacks", "callbacks", i -> sendCallback(signed, i));
    }

    /** Webhook bodies and their signatures, made before a load starts: the gateway's signing is not ours. */
    private record Signed(byte[][] bodies, String[] signatures) {
    }

    private Signed sign(Round round, String[] payments) {
        byte[][] bodies = new byte[payments.length][];
        String[] signatures = new String[payments.length];
        IntStream.range(0, payments.length).parallel().filter(i -> payments[i] != null).forEach(i -> {
            bodies[i] = webhook(round, i, payments[i]).getBytes(StandardCharsets.UTF_8);
            signatures[i] = signer.sign(bodies[i]);
        });
        return new Signed(bodies, signatures);
    }

    private boolean sendCallback(Signed signed, int i) throws Exception {
        if (signed.bodies()[i] == null) {
            return false;
        }
        callbacksSent.incrementAndGet();
        HttpLoad.Reply reply = http.post(settings.hubUrl() + "/api/v1/callbacks/begateway", signed.bodies()[i],
                "Authorization", BASIC, "Content-Signature", signed.signatures()[i]);
        return reply.status() == 200 && reply.body().contains("\"outcome\":\"applied\"")
                && reply.body().contains("\"status\":\"SUCCESSFUL\"");
    }

    /** {@code GET /api/v1/payments/{id}} of the payments created so far, in random order. */
    private Figures reads(Round round) throws Exception {
        List<String> payments = List.copyOf(created);
        return measure(round, "payment reads", "reads", i -> read(payments));
    }

    private boolean read(List<String> payments) throws Exception {
        String id = payments.get(ThreadLocalRandom.current().nextInt(payments.size()));
        return http.get(settings.hubUrl() + "/api/v1/payments/" + id, "Authorization", "Bearer " + API_KEY)
                .status() == 200;
    }

    /**
     * Measures one load of the round (its name {@link Round#label labelled} with the round's rate), with its
     * {@link Costs}; profiled when the settings ask for it, in {@code recording} (at a fixed rate:
     * {@code fixed-rate-<recording>}).
     */
    private Figures measure(Round round, String load, String recording, Load.Request request)
            throws Exception {
        String name = round.label(load);
        String profile = round.isFixedRate() ? "fixed-rate-" + recording : recording;
        boolean profiled = settings.profiling() != Profiling.NONE;
        Load.Request send = !profiled ? request : i -> {
            if (i == round.warmup()) {
                server.startProfile(profile);
            }
            return request.send(i);
        };
        CpuTime before = CpuTime.now(server.pid());
        CoreWait.Snapshot waitedBefore = CoreWait.Snapshot.now(server.pid());
        BenchServer.SharedTransactions sharedBefore = server.sharedTransactions();
        Figures figures = round.isFixedRate()
                ? Load.atFixedRate(name, settings.connections(), round.ratePerSecond(), round.warmup(),
                        round.measured(), send)
                : Load.closed(name, settings.connections(), round.warmup(), round.measured(), send);
        costs.put(name, new Costs(CpuTime.now(server.pid()).since(before).perRequest(figures.sent()),
                CoreWait.Snapshot.now(server.pid()).since(waitedBefore).perRequest(figures.sent()),
                server.sharedTransactions().unitsPerTransactionSince(sharedBefore)));
        if (profiled) {
            server.stopProfile(profile);
        }
        System.out.printf("  %s: %.0f/s, p50 %.2f ms, p99 %.2f ms, %d not as expected%s%n", name,
                figures.perSecond(), figures.p50Millis(), figures.p99Millis(), figures.failures(),
                figures.firstFailure() == null ? "" : " (first: " + figures.firstFailure() + ")");
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
