/**
 * The {@code newebpay} gateway (NewebPay MPG): an encrypted form checkout, the NotifyURL callback (TradeSha
 * checked before TradeInfo is decrypted) and {@code QueryTradeInfo} for returns and reconciliation.
 */
package io.paymenthub.gateway.newebpay;
