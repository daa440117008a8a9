/** The merchant API of wallets (docs/api.md): its resource and the JSON it reads and writes. */
package io.paymenthub.web.wallet;
