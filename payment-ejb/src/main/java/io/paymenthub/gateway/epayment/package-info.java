/**
 * epayment.kz (Halyk ePay): per-invoice payment tokens, the {@code halyk.pay} widget, the unsigned postLink
 * checked against the hub's secret_hash and confirmed by check-status, and charge / cancel / refund operations.
 */
package io.paymenthub.gateway.epayment;
