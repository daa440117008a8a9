/** {@code Idempotency-Key} on every POST of the merchant API, as docs/api.md defines it. */
package io.paymenthub.web.idempotency;
