/** Units of work: short transactions, retried a bounded number of times when they meet a concurrent change. */
package io.paymenthub.transaction;
