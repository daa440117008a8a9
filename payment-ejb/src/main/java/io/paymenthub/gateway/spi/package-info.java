/**
 * The gateway SPI: one {@link io.paymenthub.gateway.spi.GatewayAdapter} per gateway, found by its
 * {@link io.paymenthub.gateway.spi.Gateway} qualifier. Adapters translate; the hub decides.
 */
package io.paymenthub.gateway.spi;
