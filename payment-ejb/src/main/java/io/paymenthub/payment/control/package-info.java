/** The payment services: creation, merchant operations, gateway reports, and the history they write. */
package io.paymenthub.payment.control;
