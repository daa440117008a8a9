package io.paymenthub.wallet;

/** What a wallet transaction did: bought credits, spent them, or took them back after a refund. */
public enum TransactionType {
    PURCHASE, SPEND, REFUND
}
