package io.paymenthub.card;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A card a customer paid with, as its gateway can charge it again: the gateway's card id, the account the gateway
 * keeps it under (null for cards saved when that was the customer id itself) and the masked PAN.
 */
@Entity
@Table(name = "saved_card")
public class SavedCard {

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "app_id", length = 64, nullable = false)
    private String appId;

    @Column(name = "customer_id", length = 200, nullable = false)
    private String customerId;

    @Column(length = 32, nullable = false)
    private String gateway;

    @Column(name = "gateway_card_id", length = 200, nullable = false)
    private String gatewayCardId;

    @Column(name = "gateway_account_id", length = 200)
    private String gatewayAccountId;

    @Column(name = "card_mask", length = 32)
    private String cardMask;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SavedCard() {
        // for JPA
    }

    SavedCard(String id, String appId, String customerId, String gateway, String gatewayCardId,
              String gatewayAccountId, String cardMask, Instant createdAt) {
        this.id = id;
        this.appId = appId;
        this.customerId = customerId;
        this.gateway = gateway;
        this.gatewayCardId = gatewayCardId;
        this.gatewayAccountId = gatewayAccountId;
        this.cardMask = cardMask;
        this.createdAt = createdAt;
    }

    public String id() { return id; }
    public String appId() { return appId; }
    public String customerId() { return customerId; }
    public String gateway() { return gateway; }
    public String gatewayCardId() { return gatewayCardId; }
    public String cardMask() { return cardMask; }

    /** The account the gateway keeps the card under; for a card saved before accounts were scoped, the customer id. */
    public String gatewayAccountId() {
        return gatewayAccountId != null ? gatewayAccountId : customerId;
    }
    public Instant createdAt() { return createdAt; }
}
