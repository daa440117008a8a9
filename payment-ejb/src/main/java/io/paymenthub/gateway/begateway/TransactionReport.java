package io.paymenthub.gateway.begateway;

import static io.paymenthub.gateway.begateway.CheckoutAnswer.object;
import static io.paymenthub.gateway.begateway.CheckoutAnswer.string;

import io.paymenthub.gateway.spi.PaymentLookup;
import io.paymenthub.gateway.spi.StatusReport;
import io.paymenthub.money.Money;
import io.paymenthub.payment.PaymentStatus;
import jakarta.json.JsonObject;
import java.util.Locale;

/**
 * Reads a BeGateway transaction — a webhook or the answer of {@code GET /transactions/{uid}} — in the hub's
 * terms. Two shapes: the documented {@code {"transaction":{uid, status, type, amount, currency, tracking_id,
 * credit_card{brand, last_4, …}, …}}} and the seeds' flat {@code {status, uid, payment_token_id, metadata{…}}}.
 *
 * <p>The payment is named, most reliable first, by {@code payment_token_id} (at the root or in
 * {@code metadata}), then {@code tracking_id} (the hub's payment id), then the transaction's uid. A capture,
 * void or refund names its payment by {@code parent_uid}; its amount is its own, so it is not compared.
 */
public final class TransactionReport {

    private TransactionReport() {
    }

    /** @throws IllegalArgumentException when the message carries no transaction or an unreadable amount */
    public static StatusReport of(JsonObject message) {
        JsonObject tx = object(message, "transaction");
        JsonObject transaction = tx != null ? tx : message;
        String type = lower(string(transaction, "type"));
        String status = string(transaction, "status");
        String uid = string(transaction, "uid");
        if (status == null && uid == null) {
            throw new IllegalArgumentException("no transaction status or uid");
        }
        String detail = "begateway: " + (type == null ? "" : type + " ") + status
                + (string(transaction, "message") == null ? "" : " (" + string(transaction, "message") + ")");
        if (isFollowUp(type)) {
            return followUp(transaction, type, status, detail);
        }
        return new StatusReport(lookup(message, transaction, uid),
                BeGatewayStatus.ofPayerTransaction(status, type), amount(transaction), uid, card(transaction), detail);
    }

    private static boolean isFollowUp(String type) {
        return "capture".equals(type) || "void".equals(type) || "refund".equals(type);
    }

    /**
     * A capture or void that succeeded moves the payment; anything else is only recorded. A capture's amount is
     * what it captured.
     */
    private static StatusReport followUp(JsonObject transaction, String type, String status, String detail) {
        PaymentLookup lookup = new PaymentLookup(null, string(transaction, "tracking_id"), null,
                string(transaction, "parent_uid"));
        PaymentStatus moved = null;
        if (BeGatewayStatus.isSuccess(status)) {
            moved = "capture".equals(type) ? PaymentStatus.SUCCESSFUL
                    : "void".equals(type) ? PaymentStatus.CANCELLED : null;
        }
        StatusReport report = new StatusReport(lookup, moved, null, null, null, detail);
        return "capture".equals(type) ? report.capturing(amount(transaction)) : report;
    }

    static PaymentLookup lookup(JsonObject message, JsonObject transaction, String uid) {
        String tokenId = firstNonNull(string(message, "payment_token_id"), string(transaction, "payment_token_id"),
                metadataTokenId(message), metadataTokenId(transaction));
        String trackingId = string(transaction, "tracking_id");
        boolean isToken = tokenId != null && tokenId.startsWith("pt_");
        return new PaymentLookup(isToken ? tokenId : null, isToken || tokenId == null ? trackingId : tokenId,
                null, uid);
    }

    private static String metadataTokenId(JsonObject json) {
        JsonObject metadata = object(json, "metadata");
        return metadata == null ? null : string(metadata, "payment_token_id");
    }

    /** Integer minor units and the currency, when both are present. */
    static Money amount(JsonObject json) {
        String amount = string(json, "amount");
        String currency = string(json, "currency");
        if (amount == null || currency == null) {
            return null;
        }
        return Money.of(new java.math.BigDecimal(amount).longValueExact(), currency);
    }

    /** The card's brand and last four digits; nothing else of the card is read. */
    static StatusReport.CardSummary card(JsonObject transaction) {
        JsonObject card = object(transaction, "credit_card");
        if (card == null) {
            return null;
        }
        String brand = string(card, "brand");
        String last4 = string(card, "last_4");
        return brand == null && last4 == null ? null : new StatusReport.CardSummary(brand, last4);
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
