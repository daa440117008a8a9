/** Buying, spending and reading credits; the observers that turn fulfilled and refunded purchases into credits. */
package io.paymenthub.wallet.control;
