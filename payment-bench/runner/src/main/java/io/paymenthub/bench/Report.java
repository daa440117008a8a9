package io.paymenthub.bench;

import io.paymenthub.bench.Load.Figures;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's figures as Markdown: each load's throughput and latency, and each as a share of the ceiling
 * measured in the same run, with the latency the hub adds over the ceiling's; the same loads at a fixed rate, with
 * the latency each adds there; then boot, memory, and checks.
 */
final class Report {

    /** The columns of {@link HubLoads.Costs}, after a table's own. */
    private static final String COSTS_HEADER = " | CPU ms per request: server (of it its JIT compiler) / database"
            + " / load generator + simulator / other | waiting for a core, ms per request: server / database"
            + " / load generator + simulator | units per shared transaction |";

    private final List<String> lines = new ArrayList<>();

    Report(Machine machine, WakeUpDelay wakeUpDelay, String database, Settings settings) {
        add("# Payment Hub benchmark, " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        add("");
        add("- machine: " + machine);
        add("- waking up: " + wakeUpDelay);
        add("- database: " + database + " (schema " + settings.dbSchema() + ", on the same machine)");
        add("- load: closed loop, " + settings.connections() + " keep-alive connections (Apache HttpClient 5,"
                + " HdrHistogram); each load warmed up until steady (" + HubLoads.WARM_UP_WINDOW.toSeconds()
                + " s windows, " + HubLoads.STEADY_WINDOWS + " in a row within 5 % and at most 5 % above the "
                + HubLoads.STEADY_WINDOWS + " before, at least "
                + settings.warmupSeconds() + " s, at most " + settings.warmupMaxSeconds() + " s), then per load "
                + settings.warmup() + " more requests and " + settings.requests() + " measured; then "
                + (settings.fixedRate() == 0 ? "nothing at a fixed rate (bench.fixed.rate=0)" : "at a fixed rate, "
                + settings.fixedRateDescription() + ", per load 2 s at the rate and " + settings.fixedRequests()
                + " measured") + "; load generator,"
                + " server, database and gateway simulator share the machine's cores");
        add("- server JAVA_OPTS: " + (settings.serverJavaOpts().isBlank() ? "the provisioned standalone.conf's"
                : settings.serverJavaOpts()));
        add("");
    }

    void warmUps(List<String> warmUps) {
        warmUps.forEach(warmUp -> add("- warm-up: " + warmUp));
        add("");
    }

    /** @param costs per load, what its requests cost ({@link HubLoads.Costs}) */
    void loads(Figures ceiling, List<Figures> hub, Map<String, HubLoads.Costs> costs) {
        add("| load | requests/s | p50 ms | p99 ms | max ms | of the ceiling | p99 over the ceiling's | not as expected"
                + COSTS_HEADER);
        add("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Figures figures : concat(ceiling, hub)) {
            add(String.format(Locale.ROOT, "| %s | %.0f | %.2f | %.2f | %.1f | %.0f %% | %+.2f ms | %d | %s",
                    figures.name(), figures.perSecond(), figures.p50Millis(), figures.p99Millis(),
                    figures.maxMillis(), 100 * figures.perSecond() / ceiling.perSecond(),
                    figures.p99Millis() - ceiling.p99Millis(), figures.failures(), costs(figures, costs)));
        }
        add("");
    }

    /**
     * The loads measured at a fixed rate (an open loop): the latency each adds over the ceiling's at the same rate,
     * where no request waits behind more than the rate brings — what a caller of the hub meets below its most.
     */
    void fixedRate(int perSecond, Figures ceiling, List<Figures> hub, Map<String, HubLoads.Costs> costs) {
        add("At a fixed rate of " + perSecond + " requests/s (an open loop: each request due at its time whatever"
                + " the ones before took, its latency counted from then):");
        add("");
        add("| load | requests/s | p50 ms | p99 ms | max ms | p50 over the ceiling's | p99 over the ceiling's"
                + " | not as expected" + COSTS_HEADER);
        add("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Figures figures : concat(ceiling, hub)) {
            add(String.format(Locale.ROOT, "| %s | %.0f | %.2f | %.2f | %.1f | %s | %s | %d | %s", figures.name(),
                    figures.perSecond(), figures.p50Millis(), figures.p99Millis(), figures.maxMillis(),
                    over(figures, ceiling, figures.p50Millis() - ceiling.p50Millis()),
                    over(figures, ceiling, figures.p99Millis() - ceiling.p99Millis()), figures.failures(),
                    costs(figures, costs)));
        }
        List<String> behind = concat(ceiling, hub).stream()
                .filter(figures -> figures.perSecond() < 0.97 * perSecond)
                .map(Figures::name)
                .toList();
        add("");
        add(behind.isEmpty() ? "Every load kept the rate."
                : "Fell behind the rate (its requests queued; their latency is the queue's): " + String.join(", ",
                behind) + ".");
        add("");
    }

    void line(String text) {
        add(text);
    }

    String text() {
        return String.join("\n", lines) + "\n";
    }

    /** The costs' columns of a load's row, and the row's end. */
    private static String costs(Figures figures, Map<String, HubLoads.Costs> costs) {
        HubLoads.Costs cost = costs.getOrDefault(figures.name(), HubLoads.Costs.NONE);
        return cost.cpu() + " | " + cost.coreWait() + " | " + cost.units() + " |";
    }

    private static String over(Figures figures, Figures ceiling, double millis) {
        return figures == ceiling ? "—" : String.format(Locale.ROOT, "%+.2f ms", millis);
    }

    private static List<Figures> concat(Figures first, List<Figures> rest) {
        List<Figures> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private void add(String line) {
        lines.add(line);
    }
}
