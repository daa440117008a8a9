/**
 * Fulfilment: a successful payment is fulfilled exactly once (a row keyed by payment id), and announced
 * as a {@link io.paymenthub.fulfilment.PaymentFulfilled} CDI event that other features observe.
 */
package io.paymenthub.fulfilment;
