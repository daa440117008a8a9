package io.paymenthub.reconciliation.control;

import io.paymenthub.config.Durations;
import io.paymenthub.config.LifetimeSettings;
import io.paymenthub.payment.PaymentLifetimes;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How the janitor runs; how long payments stay open comes from {@link LifetimeSettings}. */
@ApplicationScoped
public class ReconcileSettings {

    @Inject
    LifetimeSettings lifetimes;

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
        schedule = new CheckSchedule(Durations.parse(delays));
    }

    public CheckSchedule schedule() {
        return schedule;
    }

    public PaymentLifetimes lifetimes() {
        return lifetimes.lifetimes();
    }

    public Duration interval() {
        return Duration.ofMillis(Math.max(100, intervalMillis));
    }

    /** Runners per node; each claims its own payments, as runners on other nodes do. */
    public int workers() {
        return Math.max(1, Math.min(8, workers));
    }
}
