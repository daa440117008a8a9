package io.paymenthub.gateway.begateway;

import static io.paymenthub.gateway.begateway.CheckoutAnswer.object;
import static io.paymenthub.gateway.begateway.CheckoutAnswer.string;

import jakarta.json.JsonObject;
import java.util.Optional;

/**
 * The card of a BeGateway transaction as the hub may keep it: {@code credit_card.token} (BeGateway charges or
 * credits the card by it, with the shop's credentials only) and a mask made of {@code first_1} and {@code last_4};
 * nothing else of the card is read.
 */
record CardToken(String token, String mask) {

    static Optional<CardToken> of(JsonObject message) {
        JsonObject wrapped = object(message, "transaction");
        JsonObject card = object(wrapped != null ? wrapped : message, "credit_card");
        if (card == null) {
            return Optional.empty();
        }
        String token = string(card, "token");
        String last4 = string(card, "last_4");
        if (token == null || token.isBlank() || last4 == null || !last4.matches("\\d{4}")) {
            return Optional.empty();
        }
        String first = string(card, "first_1");
        String lead = first != null && first.matches("\\d") ? first : "*";
        return Optional.of(new CardToken(token, lead + "*".repeat(11) + last4));
    }
}
