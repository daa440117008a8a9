/** The merchant API of notifications (CONTRACT 2.4): delivery attempts of a payment's notifications, redelivery. */
package io.paymenthub.web.notification;
