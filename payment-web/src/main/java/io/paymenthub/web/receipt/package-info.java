/** A payment's receipt, as JSON and as a printable HTML page. */
package io.paymenthub.web.receipt;
