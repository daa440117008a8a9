package io.paymenthub.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * {@code mvn -Pbench package}: starts the provisioned hub on PostgreSQL with the ceiling WAR beside it and a
 * BeGateway simulator, drives the loads, and prints the figures (also written to
 * {@code payment-bench/runner/target/bench/benchmark.md}).
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        Files.createDirectories(settings.workDir());
        BenchDatabase database = new BenchDatabase(settings);
        database.reset();
        Report report = new Report(Machine.describe(), WakeUpDelay.measure(3_000), database.serverVersion(),
                settings);
        WebhookSigner signer = WebhookSigner.generate();

        try (GatewaySimulator gateway = GatewaySimulator.start(settings.simulatorPort());
             BenchServer server = BenchServer.launch(settings, environment(settings, gateway, signer));
             HttpLoad http = new HttpLoad(settings.connections());
             DatabaseAlone databaseAlone = new DatabaseAlone(database)) {
            double bootSeconds = server.awaitDeployed();
            System.out.printf("Server up with both deployments in %.1f s%n", bootSeconds);
            database.createCeilingRows(settings.ceilingRows());

            HubLoads loads = new HubLoads(settings, server, http, signer, database, databaseAlone);
            loads.warmUp(Duration.ofSeconds(settings.warmupSeconds()),
                    Duration.ofSeconds(settings.warmupMaxSeconds()));
            report.warmUps(loads.warmUps());
            database.vacuumAnalyze();
            HubLoads.Results measured = loads.round(HubLoads.Round.closedLoop("measured", settings.warmup(),
                    settings.requests()));
            report.loads(measured.ceiling(), measured.others(), loads.costs());
            int rate = Settings.fixedRatePerSecond(settings.fixedRate(), measured.slowestPerSecond());
            if (rate > 0) {
                HubLoads.Results atRate = loads.round(HubLoads.Round.atFixedRate("fixed-rate", rate, 2 * rate,
                        settings.fixedRequests()));
                report.fixedRate(rate, atRate.ceiling(), atRate.others(), loads.costs());
            }

            report.line(String.format(Locale.ROOT, "- boot + deploy (launch to both deployments up and readiness"
                    + " UP): %.1f s; WildFly reports %s", bootSeconds,
                    server.reportedBootMillis().map(ms -> ms + " ms").orElse("nothing")));
            report.line("- server started by bin/payment-hub.sh: its JVM ran under " + server.schedulingPolicy()
                    + (settings.schedBatch() ? "" : " (PAYMENT_SCHED_BATCH=false)"));
            report.line("- memory after the run: heap used " + server.heapUsedMiB() + " MiB, resident "
                    + server.residentMiB() + " MiB");
            report.line("- checks: " + database.fulfilments() + " fulfilments and " + database.receipts()
                    + " receipts for " + loads.callbacksSent() + " callbacks sent; payments by status "
                    + database.paymentsByStatus() + "; " + gateway.checkoutsOpened()
                    + " checkouts opened at the simulator, " + loads.floorCheckouts() + " of them by the checkout"
                    + " floor");
            long[] log = server.logErrorsAndWarnings();
            report.line("- server log: " + log[0] + " ERROR and " + log[1] + " WARN lines (" + server.serverLog()
                    + ")");
        }
        Path file = settings.workDir().resolve("benchmark.md");
        Files.writeString(file, report.text());
        System.out.println();
        System.out.print(report.text());
        System.out.println();
        System.out.println("Written to " + file.toAbsolutePath());
    }

    /**
     * The hub's configuration: its own schema, the BeGateway simulator, this run's webhook key, one API key. The
     * first reconciliation check comes after the run: the benchmark's payments stay pending for minutes only
     * because their callbacks are sent after all checkouts, and the janitor asking the simulator about each of
     * them would run inside the measured loads.
     */
    private static Map<String, String> environment(Settings settings, GatewaySimulator gateway, WebhookSigner signer) {
        return Map.ofEntries(
                Map.entry("PAYMENT_SCHED_BATCH", Boolean.toString(settings.schedBatch())),
                Map.entry("PAYMENT_DB_URL", settings.schemaUrl()),
                Map.entry("PAYMENT_DB_USER", settings.dbUser()),
                Map.entry("PAYMENT_DB_PASSWORD", settings.dbPassword()),
                Map.entry("BACKEND_URL", settings.hubUrl()),
                Map.entry("PAYMENT_API_KEYS", "bench:" + HubLoads.API_KEY),
                Map.entry("PAYMENT_DEFAULT_GATEWAY", "begateway"),
                Map.entry("PAYMENT_RECONCILE_DELAYS", "6h"),
                Map.entry("SECURE_PROCESSOR_SHOP_ID", HubLoads.SHOP_ID),
                Map.entry("SECURE_PROCESSOR_SECRET_KEY", HubLoads.SHOP_SECRET),
                Map.entry("SECURE_PROCESSOR_PUBLIC_KEY", signer.publicKeyBase64()),
                Map.entry("SECURE_PROCESSOR_TEST_MODE", "true"),
                Map.entry("SECURE_PROCESSOR_API_BASE_URL", gateway.baseUrl()),
                Map.entry("SECURE_PROCESSOR_GATEWAY_BASE_URL", gateway.baseUrl()),
                Map.entry("SECURE_PROCESSOR_CHECKOUT_TOKEN_PATH", GatewaySimulator.CHECKOUTS));
    }
}
