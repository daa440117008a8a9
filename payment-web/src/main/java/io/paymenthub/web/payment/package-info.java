/** The merchant API of payments (CONTRACT 2.1): its resource and the JSON it reads and writes. */
package io.paymenthub.web.payment;
