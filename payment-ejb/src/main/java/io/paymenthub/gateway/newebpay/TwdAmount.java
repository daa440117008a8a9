package io.paymenthub.gateway.newebpay;

import io.paymenthub.money.Money;
import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;

/**
 * NewebPay's {@code Amt}: whole New Taiwan dollars. The hub keeps TWD in cents (exponent 2, docs/api.md, amounts),
 * so {@code 3000} TWD is {@code Amt=30}, and an amount with cents cannot be sent at all.
 */
final class TwdAmount {

    static final String CURRENCY = "TWD";
    private static final long CENTS_PER_DOLLAR = 100;

    private TwdAmount() {
    }

    /** @throws HubException {@code invalid_currency} or {@code invalid_amount} for what NewebPay cannot take */
    static void check(Money amount) {
        if (!CURRENCY.equals(amount.currency())) {
            throw new HubException(ProblemCode.INVALID_CURRENCY, "NewebPay takes only TWD, not " + amount.currency());
        }
        if (amount.minor() <= 0 || amount.minor() % CENTS_PER_DOLLAR != 0) {
            throw new HubException(ProblemCode.INVALID_AMOUNT, "NewebPay takes whole New Taiwan dollars: a TWD amount"
                    + " must be a positive multiple of 100 minor units, not " + amount.minor());
        }
    }

    /** The {@code Amt} of a checked amount. */
    static long toAmt(Money amount) {
        check(amount);
        return amount.minor() / CENTS_PER_DOLLAR;
    }

    /** @throws IllegalArgumentException for an {@code Amt} that is not a whole, non-negative number */
    static Money fromAmt(String amt) {
        long dollars;
        try {
            dollars = Long.parseLong(amt.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Amt is not a whole number: " + amt);
        }
        return Money.of(Math.multiplyExact(dollars, CENTS_PER_DOLLAR), CURRENCY);
    }
}
