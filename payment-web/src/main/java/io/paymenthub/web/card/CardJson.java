package io.paymenthub.web.card;

import io.paymenthub.card.SavedCard;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A saved card as the API shows it: the gateway's card id and the masked PAN, nothing more. */
@Schema(name = "SavedCard")
public record CardJson(String id, String gateway, String cardId, String cardMask, Instant createdAt) {

    static CardJson of(SavedCard card) {
        return new CardJson(card.id(), card.gateway(), card.gatewayCardId(), card.cardMask(), card.createdAt());
    }
}
