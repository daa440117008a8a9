/** The merchant API of payouts: {@code POST /api/v1/payouts}, {@code GET /api/v1/payouts/{id}}. */
package io.paymenthub.web.payout;
