package io.paymenthub.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.paymenthub.notification.NotificationStatus;
import io.paymenthub.payment.PaymentStatus;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The hub's meters, named once here. They are registered through the registry's own methods
 * ({@code counter}, {@code timer}, {@code gauge}), which WildFly forwards to its Prometheus registry; meters
 * built with {@code Meter.builder(…).register(registry)} stay in the deployment's private registry in WildFly 39.
 * WildFly's registry finds an existing meter by searching all of them, so each meter is looked up once and kept.
 */
@ApplicationScoped
public class HubMetrics {

    @Inject
    MeterRegistry registry;

    @Inject
    BacklogCounts backlog;

    private final Map<String, Timer> gatewayCalls = new ConcurrentHashMap<>();
    private final Map<String, Counter> callbacks = new ConcurrentHashMap<>();
    private Counter sharedCommitted;
    private Counter sharedRolledBack;
    private DistributionSummary sharedUnits;

    @PostConstruct
    void registerGauges() {
        for (PaymentStatus status : PaymentStatus.values()) {
            registry.gauge("paymenthub.payments", Tags.of("status", status.name()), backlog,
                    counts -> counts.payments(status));
        }
        for (NotificationStatus status : NotificationStatus.values()) {
            registry.gauge("paymenthub.notifications", Tags.of("status", status.name()), backlog,
                    counts -> counts.notifications(status));
        }
        registry.gauge("paymenthub.reconciliation.due", Tags.empty(), backlog, BacklogCounts::reconciliationDue);
        sharedCommitted = registry.counter("paymenthub.shared.transactions", "outcome", "committed");
        sharedRolledBack = registry.counter("paymenthub.shared.transactions", "outcome", "rolled_back");
        sharedUnits = registry.summary("paymenthub.shared.transaction.units");
    }

    /**
     * Counts a shared transaction of {@code units} requests' work: committed, or rolled back (its units then ran
     * one by one — often, something keeps them from sharing).
     */
    public void sharedTransaction(boolean committed, int units) {
        (committed ? sharedCommitted : sharedRolledBack).increment();
        sharedUnits.record(units);
    }

    /** Times one call to a gateway; {@code outcome} names how it ended (processed, pending, error, undefined). */
    public <T> T outbound(String gateway, String operation, Supplier<T> call, Function<T, String> outcome) {
        long start = System.nanoTime();
        String ended = "exception";
        try {
            T result = call.get();
            ended = outcome.apply(result);
            return result;
        } finally {
            String how = ended;
            gatewayCalls.computeIfAbsent(gateway + '|' + operation + '|' + how, key -> registry.timer(
                            "paymenthub.gateway.calls", "gateway", gateway, "operation", operation, "outcome", how))
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    /** Counts a gateway callback by how it was answered: applied, duplicate, refused, or the problem's code. */
    public void callback(String gateway, String outcome) {
        callbacks.computeIfAbsent(gateway + '|' + outcome, key -> registry.counter("paymenthub.callbacks",
                "gateway", gateway, "outcome", outcome)).increment();
    }
}
