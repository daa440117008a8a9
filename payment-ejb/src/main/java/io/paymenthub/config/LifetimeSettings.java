package io.paymenthub.config;

import io.paymenthub.payment.PaymentLifetimes;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code PAYMENT_PENDING_TTL_MINUTES} (default 60) and {@code PAYMENT_AUTHORIZATION_TTL_HOURS} (default 168, a
 * week; a decimal is allowed, e.g. {@code 0.5}): how long a checkout waits for its payer and an authorization
 * holds the payer's money.
 */
@ApplicationScoped
public class LifetimeSettings {

    @Inject
    @ConfigProperty(name = "PAYMENT_PENDING_TTL_MINUTES", defaultValue = "60")
    long pendingTtlMinutes;

    @Inject
    @ConfigProperty(name = "PAYMENT_AUTHORIZATION_TTL_HOURS", defaultValue = "168")
    String authorizationTtlHours;

    private PaymentLifetimes lifetimes;

    @PostConstruct
    void read() {
        lifetimes = new PaymentLifetimes(Duration.ofMinutes(Math.max(1, pendingTtlMinutes)),
                hours(authorizationTtlHours));
    }

    public PaymentLifetimes lifetimes() {
        return lifetimes;
    }

    static Duration hours(String text) {
        BigDecimal hours;
        try {
            hours = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PAYMENT_AUTHORIZATION_TTL_HOURS is not a number of hours: " + text);
        }
        if (hours.signum() <= 0) {
            throw new IllegalArgumentException("PAYMENT_AUTHORIZATION_TTL_HOURS must be positive: " + text);
        }
        return Duration.ofSeconds(hours.multiply(BigDecimal.valueOf(3600)).longValue());
    }
}
