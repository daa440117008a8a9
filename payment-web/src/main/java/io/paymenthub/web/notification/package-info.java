/** The merchant API of notifications (docs/api.md): delivery attempts of a payment's notifications, redelivery. */
package io.paymenthub.web.notification;
