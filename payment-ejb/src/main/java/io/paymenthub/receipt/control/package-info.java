/** Issuing receipts on fulfilment, the per-year counter, and reading a payment's receipt. */
package io.paymenthub.receipt.control;
