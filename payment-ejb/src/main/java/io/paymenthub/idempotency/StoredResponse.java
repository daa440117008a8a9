package io.paymenthub.idempotency;

/** A response kept for replay: status code, JSON body and {@code Location} header (may be null). */
public record StoredResponse(int status, String body, String location) {
}
