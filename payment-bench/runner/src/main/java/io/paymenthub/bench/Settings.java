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
record Settings(int connections, int warmupSeconds, int warmupMaxSeconds, int warmup, int requests, int ceilingRows, int portOffset, int simulatorPort,
                String dbUrl, String dbSchema, String dbUser, String dbPassword, String serverJavaOpts,
                boolean schedBatch, Profiling profiling, Path serverDir, Path ceilingWar, Path workDir) {

    static Settings fromSystemProperties() {
        return new Settings(
                Integer.getInteger("bench.connections", 8),
                Integer.getInteger("bench.warmup.seconds", 120),
                Integer.getInteger("bench.warmup.max.seconds", 300),
                Integer.getInteger("bench.warmup", 2_000),
                Integer.getInteger("bench.requests", 20_000),
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
