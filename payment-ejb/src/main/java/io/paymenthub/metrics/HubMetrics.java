package io.paymenthub.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.paymenthub.notification.NotificationStatus;
import io.paymenthub.payment.PaymentStatus;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * The hub's meters, named once here. They are registered through the registry's own methods
 * ({@code counter}, {@code timer}, {@code gauge}), which WildFly forwards to its Prometheus registry; meters
 * built with {@code Meter.builder(…).register(registry)} stay in the deployment's private registry in WildFly 39.
 */
@ApplicationScoped
public class HubMetrics {

    @Inject
    MeterRegistry registry;

    @Inject
    BacklogCounts backlog;

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
    }

    /** Times one call to a gateway; {@code outcome} names how it ended (processed, pending, error, undefined). */
    public <T> T outbound(String gateway, String operation, Supplier<T> call, java.util.function.Function<T, String> outcome) {
        long start = System.nanoTime();
        String ended = "exception";
        try {
            T result = call.get();
            ended = outcome.apply(result);
            return result;
        } finally {
            registry.timer("paymenthub.gateway.calls", "gateway", gateway, "operation", operation, "outcome", ended)
                    .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    /** Counts a gateway callback by how it was answered: applied, duplicate, refused, or the problem's code. */
    public void callback(String gateway, String outcome) {
        registry.counter("paymenthub.callbacks", "gateway", gateway, "outcome", outcome).increment();
    }
}
