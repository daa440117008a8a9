/** The merchant API of wallets (CONTRACT 2.3): its resource and the JSON it reads and writes. */
package io.paymenthub.web.wallet;
