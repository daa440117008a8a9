package io.paymenthub.payout;

import io.paymenthub.money.Money;

/**
 * A merchant app's request for a payout: to one of its saved cards ({@code cardId}), or to a card token it holds
 * ({@code recipientToken}); exactly one of the two. {@code notifyUrl}: where its notifications go, else
 * {@code PAYMENT_NOTIFY_URL}.
 */
public record NewPayout(String appId, String gateway, Money amount, String cardId, String recipientToken,
                        String description, String reference, String notifyUrl) {
}
