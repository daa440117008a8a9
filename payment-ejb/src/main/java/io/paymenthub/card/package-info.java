/**
 * Saved cards: a gateway's card id and the masked PAN, per app and customer, as the gateway reported them
 * after a confirmed payment. Never a full card number.
 */
package io.paymenthub.card;
