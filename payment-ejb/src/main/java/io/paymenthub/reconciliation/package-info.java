/**
 * Reconciliation (the janitor): payments left {@code CREATED}/{@code PENDING}/{@code AUTHORIZED} are asked at their
 * gateway with backoff, and expired after {@code PAYMENT_PENDING_TTL_MINUTES} once a last query found nothing final.
 */
package io.paymenthub.reconciliation;
