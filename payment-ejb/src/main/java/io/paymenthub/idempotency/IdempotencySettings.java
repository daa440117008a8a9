package io.paymenthub.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code PAYMENT_IDEMPOTENCY_RETENTION_HOURS} (docs/api.md: default 24, never less) and
 * {@code PAYMENT_IDEMPOTENCY_ABANDONED_SECONDS}: how long a key may stay in progress, with no gateway operation
 * reserved, before a retry takes it over (default 300, at least 60 — longer than any request lives: a transaction
 * times out after 300 s, a gateway call after its timeout).
 */
@ApplicationScoped
public class IdempotencySettings {

    static final long MIN_RETENTION_HOURS = 24;
    static final long MIN_ABANDONED_SECONDS = 60;

    @Inject
    @ConfigProperty(name = "PAYMENT_IDEMPOTENCY_RETENTION_HOURS", defaultValue = "24")
    long retentionHours;

    @Inject
    @ConfigProperty(name = "PAYMENT_IDEMPOTENCY_ABANDONED_SECONDS", defaultValue = "300")
    long abandonedSeconds;

    public Duration retention() {
        return Duration.ofHours(Math.max(MIN_RETENTION_HOURS, retentionHours));
    }

    public Duration abandonedAfter() {
        return Duration.ofSeconds(Math.max(MIN_ABANDONED_SECONDS, abandonedSeconds));
    }
}
