package io.paymenthub.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.paymenthub.payment.PaymentStatus;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The hub's meters, named once here. */
@ApplicationScoped
public class HubMetrics {

    @Inject
    MeterRegistry registry;

    @Inject
    PaymentStatusCounts statusCounts;

    @PostConstruct
    void registerGauges() {
        for (PaymentStatus status : PaymentStatus.values()) {
            Gauge.builder("paymenthub.payments", statusCounts, counts -> counts.count(status))
                    .description("Payments by status")
                    .tag("status", status.name())
                    .register(registry);
        }
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
            Timer.builder("paymenthub.gateway.calls")
                    .description("Calls from the hub to payment gateways")
                    .tags("gateway", gateway, "operation", operation, "outcome", ended)
                    .register(registry)
                    .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    /** Counts a gateway callback by how it was answered: applied, duplicate, refused, or the problem's code. */
    public void callback(String gateway, String outcome) {
        Counter.builder("paymenthub.callbacks")
                .description("Gateway callbacks received, by outcome")
                .tags("gateway", gateway, "outcome", outcome)
                .register(registry)
                .increment();
    }
}
