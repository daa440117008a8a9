package io.paymenthub.reconciliation.control;

import io.paymenthub.config.Durations;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code PAYMENT_PENDING_TTL_MINUTES} (CONTRACT 6) and how the janitor runs. */
@ApplicationScoped
public class ReconcileSettings {

    @Inject
    @ConfigProperty(name = "PAYMENT_PENDING_TTL_MINUTES", defaultValue = "60")
    long ttlMinutes;

    @Inject
    @ConfigProperty(name = "PAYMENT_RECONCILE_DELAYS", defaultValue = "2m,5m,10m,30m")
    String delays;

    @Inject
    @ConfigProperty(name = "PAYMENT_RECONCILE_INTERVAL_MS", defaultValue = "30000")
    long intervalMillis;

    @Inject
    @ConfigProperty(name = "PAYMENT_RECONCILE_WORKERS", defaultValue = "1")
    int workers;

    /** Read once: every new payment and refund is given its first check by it. */
    private CheckSchedule schedule;

    @PostConstruct
    void readSchedule() {
        schedule = new CheckSchedule(Durations.parse(delays), Duration.ofMinutes(Math.max(1, ttlMinutes)));
    }

    public CheckSchedule schedule() {
        return schedule;
    }

    public Duration interval() {
        return Duration.ofMillis(Math.max(100, intervalMillis));
    }

    /** Runners per node; each claims its own payments, as runners on other nodes do. */
    public int workers() {
        return Math.max(1, Math.min(8, workers));
    }
}
