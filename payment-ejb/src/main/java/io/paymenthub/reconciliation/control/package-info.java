/** The check schedule, the claims that keep runners apart, one reconciliation round, and its timers. */
package io.paymenthub.reconciliation.control;
