package io.paymenthub.gateway.bog;

import io.paymenthub.money.Money;
import java.math.BigDecimal;

/** BOG speaks decimal major units (26.99 GEL); the hub speaks minor units. Both ways are exact. */
final class BogAmounts {

    private BogAmounts() {
    }

    /** 2699 GEL is 26.99; 500 JPY is 500. */
    static BigDecimal decimal(Money money) {
        return money.toMajorUnits();
    }

    /**
     * Reads a callback or receipt amount ({@code "26.99"}, or a JSON number) exactly.
     *
     * @throws IllegalArgumentException for text that is no number, or has more decimals than the currency
     */
    static Money money(String amount, String currency) {
        try {
            return Money.ofMajorUnits(new BigDecimal(amount.trim()), currency);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("not an amount: " + amount, e);
        }
    }
}
