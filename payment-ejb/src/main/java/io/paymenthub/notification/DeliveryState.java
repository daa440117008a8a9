package io.paymenthub.notification;

import java.util.Locale;

/**
 * Where an event's delivery stands, as the events API shows and filters it: {@code pending} before its first
 * attempt, {@code retrying} after a failed one with another ahead, {@code delivered}, or {@code dead}.
 */
public enum DeliveryState {
    PENDING, RETRYING, DELIVERED, DEAD;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
