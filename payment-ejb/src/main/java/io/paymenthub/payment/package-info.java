/**
 * The payment aggregate: {@link io.paymenthub.payment.Payment}, its status table, its history and its refunds.
 * State changes only through the aggregate's named methods, which refuse illegal transitions.
 */
package io.paymenthub.payment;
