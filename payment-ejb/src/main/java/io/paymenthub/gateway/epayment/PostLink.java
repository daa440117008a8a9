package io.paymenthub.gateway.epayment;

import io.paymenthub.gateway.spi.CallbackParseException;
import io.paymenthub.money.Money;
import jakarta.json.JsonObject;
import java.math.BigDecimal;

/**
 * The postLink epayment.kz sends after a payment attempt: JSON, unsigned. {@code code} is {@code ok} or
 * {@code error} (with {@code reason}, {@code reasonCode}); {@code id} (seed 004: {@code transactionId}) is the
 * transaction the operations name; {@code secret_hash} is the one the hub issued with the invoice's token.
 */
record PostLink(String code, String invoiceId, BigDecimal amount, String currency, String terminal,
                String secretHash, String transactionId, String cardMask, String cardId, String reason,
                String reasonCode) {

    static PostLink parse(String body) {
        JsonObject json = Json.parse(body);
        if (json == null) {
            throw new CallbackParseException("Not an epayment.kz postLink: no JSON object");
        }
        try {
            PostLink link = new PostLink(Json.text(json, "code"), Json.text(json, "invoiceId", "invoiceID"),
                    Json.decimal(json, "amount"), Json.text(json, "currency"), Json.text(json, "terminal", "terminalId"),
                    Json.text(json, "secret_hash", "secretHash"), Json.text(json, "id", "transactionId"),
                    Json.text(json, "cardMask"), Json.text(json, "cardId", "cardID", "cardid"),
                    Json.text(json, "reason"), Json.text(json, "reasonCode"));
            if (link.code() == null || link.invoiceId() == null) {
                throw new CallbackParseException("The postLink has no code or invoiceId");
            }
            return link;
        } catch (NumberFormatException e) {
            throw new CallbackParseException("The postLink's amount is not a number", e);
        }
    }

    boolean isOk() {
        return "ok".equalsIgnoreCase(code);
    }

    /** The amount in minor units; null when the postLink carries none. */
    Money money() {
        try {
            return Amounts.moneyIfStated(amount, currency);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new CallbackParseException("The postLink's amount or currency cannot be read: " + e.getMessage(), e);
        }
    }

    static String last4(String cardMask) {
        if (cardMask == null) {
            return null;
        }
        String digits = cardMask.replaceAll("\\D", "");
        return digits.length() >= 4 ? digits.substring(digits.length() - 4) : null;
    }

    @Override
    public String toString() {
        return "PostLink[code=" + code + ", invoiceId=" + invoiceId + ", amount=" + amount + " " + currency + "]";
    }
}
