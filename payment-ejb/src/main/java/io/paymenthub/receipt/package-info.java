/**
 * Receipts: a successful payment gets one, issued with its fulfilment, numbered {@code R-<year>-<6 digits>}
 * without gaps per year right after the fulfilment commits (a counter row per year, advanced once per batch of
 * receipts, in the numbering's own transaction).
 */
package io.paymenthub.receipt;
