/**
 * Prepaid credits (docs/api.md): a wallet per app and user, purchases that become balance exactly once when
 * their payment is fulfilled, spends that never take the balance below zero, refunds that take credits back.
 */
package io.paymenthub.wallet;
