package io.paymenthub.notification.control;

/** What one POST to the merchant got: a 2xx (delivered), another status, or no answer ({@code error}). */
public record DeliveryResult(Integer statusCode, String error, long durationMs) {

    public boolean delivered() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
}
