/**
 * Payouts: money sent to a card the hub saved (a gateway's card token), stored {@code PENDING} before the gateway
 * is called, settled by the gateway's answer, its webhook or the janitor's query; never sent twice.
 */
package io.paymenthub.payout;
