package io.paymenthub.idempotency;

/** An app's {@code Idempotency-Key} with the fingerprint of the request it came with. */
public record RequestKey(String appId, String key, String requestHash) {
}
