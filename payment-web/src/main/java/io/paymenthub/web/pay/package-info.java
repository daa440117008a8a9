/** The hosted pages: {@code /pay/{token}} sends the payer to the gateway; the dummy gateway's own page. */
package io.paymenthub.web.pay;
