/** The merchant API of payments (docs/api.md): its resource and the JSON it reads and writes. */
package io.paymenthub.web.payment;
