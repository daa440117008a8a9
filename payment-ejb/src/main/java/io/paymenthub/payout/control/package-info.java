/** Sending payouts, settling them by the gateway's answer, webhook or status query, and reading them. */
package io.paymenthub.payout.control;
