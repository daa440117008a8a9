package io.paymenthub.bench;

import java.nio.file.Path;

/**
 * What a benchmark run does, from system properties ({@code mvn -Pbench package -Dbench.connections=32}); every
 * value is printed with the figures.
 *
 * @param connections  concurrent keep-alive connections, each sending its next request when the last is answered
 * @param warmupSeconds the least seconds of each load before any is measured: WildFly's JIT takes minutes of load
 *                     to settle on a code path (measured here: the ceiling doubled between its first and third minute)
 * @param warmupMaxSeconds the most: a load is measured once its rate is steady, or after this long
 * @param warmup       requests per load of the measured round sent before measuring
 * @param requests     requests per load measured
 * @param fixedRate    requests per second of the round measured after it at a fixed rate (an open loop: the latency
 *                     each load adds at that rate, not its wait behind the others at its most): {@link
 *                     #HALF_THE_SLOWEST} (the default) or a number, 0 for no such round
 * @param fixedRequests requests per load measured at the fixed rate
 * @param ceilingRows  rows the ceiling endpoint spreads its updates over (no two requests fight for one row)
 * @param portOffset   the benchmarked server's port offset (HTTP 8080 + offset, management 9990 + offset)
 * @param simulatorPort the simulated BeGateway's port
 * @param dbUrl        PostgreSQL; the run drops and creates {@code dbSchema} in it
 * @param serverJavaOpts JAVA_OPTS of the server, or empty for the provisioned server's own (standalone.conf)
 * @param schedBatch   whether {@code bin/payment-hub.sh} starts the server under SCHED_BATCH, as it does by default
 *                     ({@code false}: {@code PAYMENT_SCHED_BATCH=false}, for a control)
 * @param profiling    how the server is profiled during each measured load, its files in the work directory:
 *                     where the time goes
 */
record Settings(int connections, int warmupSeconds, int warmupMaxSeconds, int warmup, int requests, int fixedRate,
                int fixedRequests, int ceilingRows, int portOffset, int simulatorPort,
                String dbUrl, String dbSchema, String dbUser, String dbPassword, String serverJavaOpts,
                boolean schedBatch, Profiling profiling, Path serverDir, Path ceilingWar, Path workDir) {

    static Settings fromSystemProperties() {
        return new Settings(
                Integer.getInteger("bench.connections", 8),
                Integer.getInteger("bench.warmup.seconds", 120),
                Integer.getInteger("bench.warmup.max.seconds", 300),
                Integer.getInteger("bench.warmup", 2_000),
                Integer.getInteger("bench.requests", 20_000),
                fixedRate(System.getProperty("bench.fixed.rate", "half")),
                Integer.getInteger("bench.fixed.requests", 10_000),
                Integer.getInteger("bench.ceiling.rows", 10_000),
                Integer.getInteger("bench.port.offset", 20_000),
                Integer.getInteger("bench.simulator.port", 28_101),
                System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/test"),
                System.getProperty("bench.db.schema", "payment_hub_bench"),
                System.getProperty("bench.db.user", "postgres"),
                System.getProperty("bench.db.password", "postgres"),
                System.getProperty("bench.server.java.opts", ""),
                Boolean.parseBoolean(System.getProperty("bench.server.sched.batch", "true")),
                Profiling.fromSystemProperties(),
                Path.of(required("bench.server.dir")),
                Path.of(required("bench.ceiling.war")),
                Path.of(System.getProperty("bench.work.dir", "target/bench")));
    }

    /**
     * {@code bench.fixed.rate=half}: the fixed rate is half the rate of the slowest load in the closed loop (the
     * checkouts'), rounded down to tens — every load at half its most or less, on whatever host.
     */
    static final int HALF_THE_SLOWEST = -1;

    static int fixedRate(String property) {
        if (property.equals("half")) {
            return HALF_THE_SLOWEST;
        }
        int rate = Integer.parseInt(property);
        if (rate < 0) {
            throw new IllegalArgumentException("bench.fixed.rate is half, 0 or requests per second, not " + property);
        }
        return rate;
    }

    /**
     * The fixed-rate round's requests per second for {@code fixedRate} (as {@link #fixedRate(String)} reads it), given
     * the slowest load's in the closed loop; 0 for no round.
     */
    static int fixedRatePerSecond(int fixedRate, double slowestPerSecond) {
        return fixedRate != HALF_THE_SLOWEST ? fixedRate : Math.max(10, (int) (slowestPerSecond / 20) * 10);
    }

    String fixedRateDescription() {
        return fixedRate == HALF_THE_SLOWEST ? "half the slowest load's rate in the closed loop"
                : fixedRate + " requests/s";
    }

    int httpPort() {
        return 8080 + portOffset;
    }

    int managementPort() {
        return 9990 + portOffset;
    }

    String hubUrl() {
        return "http://localhost:" + httpPort();
    }

    String managementUrl() {
        return "http://127.0.0.1:" + managementPort();
    }

    /** The JDBC URL the server gets: the benchmark's own schema. */
    String schemaUrl() {
        return dbUrl + (dbUrl.contains("?") ? "&" : "?") + "currentSchema=" + dbSchema;
    }

    private static String required(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("System property " + key + " is required (mvn -Pbench package sets it)");
        }
        return value;
    }
}
