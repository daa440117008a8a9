package io.paymenthub.gateway.bog;

import io.paymenthub.gateway.spi.OperationResult;
import io.paymenthub.gateway.spi.PaymentLookup;
import io.paymenthub.gateway.spi.StatusReport;
import io.paymenthub.money.Money;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonString;

/**
 * Reads BOG's receipt — the answer of {@code GET /payments/v1/receipt/{order_id}} and the {@code body} of an
 * {@code order_payment} callback — in the hub's terms. The payment is named by {@code external_order_id}
 * (the hub's payment id), then by BOG's {@code order_id}. The amount compared with the payment is
 * {@code purchase_units.request_amount} (what was ordered, a decimal string), what was captured its
 * {@code transfer_amount}; of the card only its type and
 * the last four digits of {@code payer_identifier} are read.
 */
final class Receipt {

    private Receipt() {
    }

    /** @throws IllegalArgumentException when the receipt names no order or carries an unreadable amount */
    static StatusReport of(JsonObject receipt) {
        String orderId = string(receipt, "order_id");
        String externalId = string(receipt, "external_order_id");
        if (orderId == null && externalId == null) {
            throw new IllegalArgumentException("the receipt names no order");
        }
        JsonObject status = object(receipt, "order_status");
        JsonObject detail = object(receipt, "payment_detail");
        String key = status == null ? null : string(status, "key");
        String code = detail == null ? null : string(detail, "code");
        String text = "bog: " + key + (code == null ? "" : " code " + code)
                + (detail == null || string(detail, "code_description") == null ? ""
                : " (" + string(detail, "code_description") + ")")
                + (string(receipt, "reject_reason") == null ? "" : " reject_reason " + string(receipt, "reject_reason"));
        JsonObject units = object(receipt, "purchase_units");
        return new StatusReport(new PaymentLookup(null, externalId, orderId, orderId), BogStatus.of(key, code),
                amount(units), orderId, card(detail), text, transferred(units));
    }

    /**
     * What the receipt tells of a refund: it was done when the whole order is refunded ({@code order_status}
     * {@code refunded}, or {@code purchase_units.refund_amount} covering all that was captured). A partial refund
     * cannot be told apart from earlier ones in BOG's running total, so it stays "not known".
     */
    static OperationResult refundOutcome(JsonObject receipt, Money captured) {
        JsonObject status = object(receipt, "order_status");
        String key = status == null ? null : string(status, "key");
        JsonObject units = object(receipt, "purchase_units");
        String refunded = units == null ? null : string(units, "refund_amount");
        boolean all = "refunded".equals(key);
        if (!all && refunded != null && captured != null) {
            all = BogAmounts.money(refunded, captured.currency()).minor() >= captured.minor();
        }
        return all ? OperationResult.processed(string(receipt, "order_id"))
                : OperationResult.unknown("bog receipt: order " + key + ", refunded " + refunded
                + " (a partial refund is not told apart)");
    }

    static Money amount(JsonObject units) {
        if (units == null) {
            return null;
        }
        String amount = string(units, "request_amount");
        String currency = string(units, "currency_code");
        if (currency == null) {
            currency = string(units, "currency");
        }
        return amount == null || currency == null ? null : BogAmounts.money(amount, currency);
    }

    /**
     * {@code purchase_units.transfer_amount}: what BOG took, less than ordered after a partial approval; null when
     * absent or unreadable (then the hub records the capture it asked for).
     */
    static Money transferred(JsonObject units) {
        String amount = units == null ? null : string(units, "transfer_amount");
        String currency = units == null ? null : string(units, "currency_code");
        if (currency == null && units != null) {
            currency = string(units, "currency");
        }
        try {
            return amount == null || currency == null ? null : BogAmounts.money(amount, currency);
        } catch (IllegalArgumentException | ArithmeticException e) {
            return null;
        }
    }

    static StatusReport.CardSummary card(JsonObject detail) {
        if (detail == null) {
            return null;
        }
        String brand = string(detail, "card_type");
        String payer = string(detail, "payer_identifier");
        String last4 = payer != null && payer.length() >= 4 && payer.substring(payer.length() - 4).matches("\\d{4}")
                ? payer.substring(payer.length() - 4) : null;
        return brand == null && last4 == null ? null : new StatusReport.CardSummary(brand, last4);
    }

    static JsonObject object(JsonObject json, String key) {
        return json.get(key) instanceof JsonObject o ? o : null;
    }

    static String string(JsonObject json, String key) {
        JsonValue value = json.get(key);
        if (value instanceof JsonString s) {
            return s.getString();
        }
        return value == null || value.getValueType() == JsonValue.ValueType.NULL
                || value.getValueType() == JsonValue.ValueType.OBJECT
                || value.getValueType() == JsonValue.ValueType.ARRAY ? null : value.toString();
    }
}
