/**
 * The hub's metrics (Micrometer, served by WildFly at {@code /metrics} on the management port): outbound gateway
 * calls, callbacks by outcome, payments by status.
 */
package io.paymenthub.metrics;
