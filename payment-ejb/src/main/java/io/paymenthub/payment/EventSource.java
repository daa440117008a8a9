package io.paymenthub.payment;

/** Who caused an entry in a payment's history. */
public enum EventSource {
    API, RETURN, CALLBACK, POLL, TIMER;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
