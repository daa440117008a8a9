/**
 * The hub's metrics (Micrometer, served by WildFly at {@code /metrics} on the management port): outbound gateway
 * calls, callbacks by outcome, payments and notifications by status, the reconciliation backlog.
 */
package io.paymenthub.metrics;
