package io.paymenthub.gateway.epayment;

import io.paymenthub.money.Money;
import java.math.BigDecimal;

/** epayment.kz speaks decimal major units ({@code 100.50}); the hub minor units. Both ways exactly. */
final class Amounts {

    private Amounts() {
    }

    /** {@code 10050} KZT → {@code "100.5"}; never in exponent notation. */
    static String decimal(Money money) {
        BigDecimal major = money.toMajorUnits().stripTrailingZeros();
        return (major.scale() < 0 ? major.setScale(0) : major).toPlainString();
    }

    /** {@code 100.5} KZT → 10050 minor units; more decimals than the currency has is an {@link ArithmeticException}. */
    static Money money(BigDecimal major, String currency) {
        return Money.ofMajorUnits(major, currency);
    }

    /** As {@link #money}, or null when a message names no amount or no currency. */
    static Money moneyIfStated(BigDecimal major, String currency) {
        return major == null || currency == null ? null : money(major, currency);
    }
}
