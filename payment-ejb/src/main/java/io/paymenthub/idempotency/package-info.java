/**
 * Idempotency keys: the first response to a key is stored and replayed; the same key with another request is
 * refused; concurrent requests with one key do the work once (a unique row per app and key).
 */
package io.paymenthub.idempotency;
