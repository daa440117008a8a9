package io.paymenthub.notification;

/** {@code PENDING} until a 2xx answer ({@code DELIVERED}) or the last retry failed ({@code DEAD}). */
public enum NotificationStatus {
    PENDING, DELIVERED, DEAD
}
