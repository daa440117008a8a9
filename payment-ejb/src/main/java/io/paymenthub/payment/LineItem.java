package io.paymenthub.payment;

import io.paymenthub.money.Money;
import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import java.util.List;
import java.util.Map;

/**
 * One line of what a payment pays for, as the merchant gives it: {@code quantity} times {@code unitPrice} (minor
 * units of the payment's currency), an optional VAT rate in whole percent. Gateways that show a basket show these.
 */
public record LineItem(String productId, String description, long quantity, long unitPrice, Integer vatPercent) {

    /**
     * The one rule of a basket: its lines add up, exactly, to the amount paid.
     *
     * @throws HubException {@code items_total_mismatch} when they do not (or overflow 64 bits)
     */
    public static void requireTotal(List<LineItem> items, Money amount) {
        long total = 0;
        try {
            for (LineItem item : items) {
                total = Math.addExact(total, Math.multiplyExact(item.quantity(), item.unitPrice()));
            }
        } catch (ArithmeticException e) {
            throw new HubException(ProblemCode.ITEMS_TOTAL_MISMATCH, "The items' total is beyond any amount",
                    Map.of("field", "items"));
        }
        if (total != amount.minor()) {
            throw new HubException(ProblemCode.ITEMS_TOTAL_MISMATCH, "The items add up to " + total
                    + " minor units, the amount is " + amount.minor(), Map.of("field", "items", "itemsTotal", total));
        }
    }
}
