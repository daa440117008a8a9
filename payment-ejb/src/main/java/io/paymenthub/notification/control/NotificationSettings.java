package io.paymenthub.notification.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code PAYMENT_NOTIFY_URL}, the secrets ({@code PAYMENT_NOTIFY_SECRETS}, {@code PAYMENT_NOTIFY_SECRET}), how the
 * sender runs, and how long events are kept. Secrets are never logged.
 */
@ApplicationScoped
public class NotificationSettings {

    @Inject
    @ConfigProperty(name = "PAYMENT_NOTIFY_URL")
    Optional<String> hubWideUrl;

    @Inject
    @ConfigProperty(name = "PAYMENT_NOTIFY_SECRET")
    Optional<String> secret;

    @Inject
    @ConfigProperty(name = "PAYMENT_NOTIFY_SECRETS")
    Optional<String> appSecrets;

    @Inject
    @ConfigProperty(name = "PAYMENT_NOTIFY_SENDERS", defaultValue = "4")
    int senders;

    @Inject
    @ConfigProperty(name = "PAYMENT_EVENT_RETENTION_DAYS", defaultValue = "30")
    int retentionDays;

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

    /** Read once, so that a mistyped entry stops the start instead of sending unsigned. */
    private NotifySecrets secrets;

    public Optional<String> hubWideUrl() {
        return hubWideUrl.filter(url -> !url.isBlank());
    }

    /** Each app's active secrets. */
    public NotifySecrets secrets() {
        return secrets;
    }

    @PostConstruct
    void read() {
        retrySchedule = RetrySchedule.parse(retryDelays);
        secrets = NotifySecrets.parse(appSecrets, secret);
    }

    /** How many deliveries a node runs at once, each for another app: one slow merchant holds one of them. */
    public int senders() {
        return Math.max(1, senders);
    }

    /** How long events (notifications and their attempts) are kept; at least a day. */
    public java.time.Duration retention() {
        return java.time.Duration.ofDays(Math.max(1, retentionDays));
    }

    public RetrySchedule retrySchedule() {
        return retrySchedule;
    }

    /** How often the sender looks for due notifications. */
    public Duration interval() {
        return Duration.ofMillis(Math.max(100, intervalMillis));
    }

    /** The deadline of one delivery, from resolving the host to the answer's status line. */
    public Duration timeout() {
        return Duration.ofMillis(Math.max(100, timeoutMillis));
    }
}
