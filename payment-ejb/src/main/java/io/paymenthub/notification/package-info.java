/**
 * Merchant notifications (docs/api.md): an outbox row written in the transaction of every status change,
 * delivered signed ({@code Payment-Signature}) with retries after 1 min, 5 min, 15 min, 1 h and 6 h, then dead.
 */
package io.paymenthub.notification;
