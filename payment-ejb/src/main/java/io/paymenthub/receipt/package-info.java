/**
 * Receipts: a successful payment gets one, issued with its fulfilment, numbered {@code R-<year>-<6 digits>}
 * without gaps per year (a counter row per year, incremented in the fulfilment's transaction).
 */
package io.paymenthub.receipt;
