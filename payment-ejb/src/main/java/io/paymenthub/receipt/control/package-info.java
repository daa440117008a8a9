/**
 * Issuing receipts on fulfilment, numbering them right after its commit (the per-year counter), and reading a
 * payment's receipt.
 */
package io.paymenthub.receipt.control;
