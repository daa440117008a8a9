package io.paymenthub.money;

import java.util.Currency;
import java.util.Map;

/** ISO 4217 currencies and their exponents (the number of minor-unit digits). */
public final class Currencies {

    /** Where the JDK's table differs from the exponent the gateways and docs/api.md, amounts use. */
    private static final Map<String, Integer> EXPONENT_OVERRIDES = Map.of("TWD", 2, "KRW", 0, "JPY", 0);

    private Currencies() {
    }

    public static boolean isKnown(String code) {
        Currency currency = code == null || code.length() != 3 ? null : lookup(code);
        return currency != null && currency.getDefaultFractionDigits() >= 0;
    }

    static Currency require(String code) {
        Currency currency = code == null || code.length() != 3 ? null : lookup(code);
        if (currency == null || currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("Not an ISO 4217 currency: " + code);
        }
        return currency;
    }

    public static int exponent(String code) {
        return exponent(require(code));
    }

    static int exponent(Currency currency) {
        return EXPONENT_OVERRIDES.getOrDefault(currency.getCurrencyCode(), currency.getDefaultFractionDigits());
    }

    private static Currency lookup(String code) {
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) < 'A' || code.charAt(i) > 'Z') {
                return null;
            }
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
