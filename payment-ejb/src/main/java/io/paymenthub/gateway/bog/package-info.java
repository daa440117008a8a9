/**
 * The {@code bog} adapter: Bank of Georgia's Payments API. OAuth2 client credentials (a shared cached token),
 * redirect checkout, signed {@code order_payment} callbacks, receipts, refunds and pre-authorization.
 */
package io.paymenthub.gateway.bog;
