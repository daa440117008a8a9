/** Writing the outbox, signing, the retry schedule, and the timer-driven sender that claims and delivers rows. */
package io.paymenthub.notification.control;
