package io.paymenthub.notification.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code PAYMENT_NOTIFY_URL}, {@code PAYMENT_NOTIFY_SECRET} and how the sender runs. The secret is never logged. */
@ApplicationScoped
public class NotificationSettings {

    @Inject
    @ConfigProperty(name = "PAYMENT_NOTIFY_URL")
    Optional<String> hubWideUrl;

    @Inject
    @ConfigProperty(name = "PAYMENT_NOTIFY_SECRET")
    Optional<String> secret;

    @Inject
    @ConfigProperty(name = "PAYMENT_NOTIFY_RETRY_DELAYS", defaultValue = "1m,5m,15m,1h,6h")
    String retryDelays;

    @Inject
    @ConfigProperty(name = "PAYMENT_NOTIFY_INTERVAL_MS", defaultValue = "5000")
    long intervalMillis;

    @Inject
    @ConfigProperty(name = "PAYMENT_NOTIFY_TIMEOUT_MS", defaultValue = "10000")
    long timeoutMillis;

    /** Read once: every failed delivery is rescheduled by it. */
    private RetrySchedule retrySchedule;

    public Optional<String> hubWideUrl() {
        return hubWideUrl.filter(url -> !url.isBlank());
    }

    public Optional<String> secret() {
        return secret.filter(s -> !s.isBlank());
    }

    @PostConstruct
    void readRetrySchedule() {
        retrySchedule = RetrySchedule.parse(retryDelays);
    }

    public RetrySchedule retrySchedule() {
        return retrySchedule;
    }

    /** How often the sender looks for due notifications. */
    public Duration interval() {
        return Duration.ofMillis(Math.max(100, intervalMillis));
    }

    /** Connect and read timeout of one delivery. */
    public Duration timeout() {
        return Duration.ofMillis(Math.max(100, timeoutMillis));
    }
}
