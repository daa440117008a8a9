package io.paymenthub.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One POST of a notification to the merchant: the HTTP status it got, or why there was none. */
@Entity
@Table(name = "notification_attempt")
public class DeliveryAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "notification_id", nullable = false, length = 40)
    private String notificationId;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(name = "status_code")
    private Integer statusCode;

    @Column(length = 1000)
    private String error;

    @Column(name = "duration_ms", nullable = false)
    private long durationMs;

    protected DeliveryAttempt() {
        // for JPA
    }

    public DeliveryAttempt(String notificationId, Instant attemptedAt, Integer statusCode, String error,
                           long durationMs) {
        this.notificationId = notificationId;
        this.attemptedAt = attemptedAt;
        this.statusCode = statusCode;
        this.error = error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
        this.durationMs = durationMs;
    }

    public String notificationId() { return notificationId; }
    public Instant attemptedAt() { return attemptedAt; }
    public Integer statusCode() { return statusCode; }
    public String error() { return error; }
    public long durationMs() { return durationMs; }
}
