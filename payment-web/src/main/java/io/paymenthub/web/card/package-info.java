/** The merchant API of saved cards: {@code GET /api/v1/customers/{customerId}/cards}. */
package io.paymenthub.web.card;
