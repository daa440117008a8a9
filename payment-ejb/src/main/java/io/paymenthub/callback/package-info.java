/**
 * What gateways send back, shared by all gateways: server-to-server callbacks (verified, parsed, applied)
 * and the payer's return (confirmed with the gateway before anything is applied).
 */
package io.paymenthub.callback;
