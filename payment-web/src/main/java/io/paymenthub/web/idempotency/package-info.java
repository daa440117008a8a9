/** {@code Idempotency-Key} on every POST of the merchant API, as CONTRACT section 2 defines it. */
package io.paymenthub.web.idempotency;
