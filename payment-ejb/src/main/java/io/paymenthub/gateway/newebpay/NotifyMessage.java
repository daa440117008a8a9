package io.paymenthub.gateway.newebpay;

import io.paymenthub.gateway.spi.CallbackParseException;
import io.paymenthub.gateway.spi.CallbackRejectedException;
import io.paymenthub.gateway.spi.CallbackRequest;
import java.util.Map;

/**
 * A NotifyURL message: a form POST of {@code Status, MerchantID, Version, TradeInfo, TradeSha}. Its TradeSha is
 * checked (in constant time) before anything in TradeInfo is decrypted or believed. TradeSha proves only that the
 * hub's key made TradeInfo, which is as true of the checkout the hub itself encrypted (and the payer's page shows):
 * so a TradeInfo must also read as NewebPay's answer, a {@code Status} and the trade's {@code Result}.
 */
final class NotifyMessage {

    private final Map<String, String> fields;

    private NotifyMessage(Map<String, String> fields) {
        this.fields = fields;
    }

    /** @throws CallbackParseException for a body that is not a form */
    static NotifyMessage of(CallbackRequest callback) {
        try {
            return new NotifyMessage(FormEncoding.decode(callback.bodyText()));
        } catch (IllegalArgumentException e) {
            throw new CallbackParseException("not a form body: " + e.getMessage(), e);
        }
    }

    /** @throws CallbackRejectedException when TradeSha is missing or wrong, or the message is another merchant's */
    void verify(NewebPayCrypto crypto, String merchantId) {
        if (!crypto.isTradeSha(fields.getOrDefault("TradeInfo", ""), fields.get("TradeSha"))) {
            throw new CallbackRejectedException("missing or wrong TradeSha");
        }
        String claimedMerchant = fields.get("MerchantID");
        if (claimedMerchant != null && !claimedMerchant.equals(merchantId)) {
            throw new CallbackRejectedException("MerchantID " + claimedMerchant + " is not this hub's");
        }
    }

    /**
     * The decrypted trade, which must be this merchant's and name its order.
     *
     * @throws CallbackParseException for TradeInfo that is missing, not hex, badly padded or unreadable
     * @throws CallbackRejectedException when the decrypted MerchantID is not this hub's, or TradeInfo is not an
     *                                   answer (a checkout's TradeInfo posted back)
     */
    TradeResult trade(NewebPayCrypto crypto, String merchantId) {
        String tradeInfo = fields.get("TradeInfo");
        if (tradeInfo == null || tradeInfo.isBlank()) {
            throw new CallbackParseException("no TradeInfo");
        }
        TradeResult trade;
        try {
            trade = TradeResults.parse(crypto.decrypt(tradeInfo.strip()));
        } catch (IllegalArgumentException e) {
            throw new CallbackParseException(e.getMessage(), e);
        }
        if (!trade.isAnswer()) {
            throw new CallbackRejectedException("TradeInfo is not a NewebPay answer (no Status): a checkout's?");
        }
        if (trade.merchantId() != null && !trade.merchantId().equals(merchantId)) {
            throw new CallbackRejectedException("the trade's MerchantID " + trade.merchantId() + " is not this hub's");
        }
        if (trade.merchantOrderNo() == null || trade.merchantOrderNo().isBlank()) {
            throw new CallbackParseException("the trade names no MerchantOrderNo");
        }
        return trade;
    }
}
