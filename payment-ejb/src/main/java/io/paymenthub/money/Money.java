package io.paymenthub.money;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money: a whole number of the currency's minor units (cents, tiyn, tetri) and its ISO 4217
 * currency. Never a floating-point number; decimals exist only in {@link #toMajorUnits()} and
 * {@link #ofMajorUnits}, for the gateways that want them.
 */
@Embeddable
public class Money {

    @Column(name = "amount_minor", nullable = false)
    private long minor;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    protected Money() {
        // for JPA
    }

    private Money(long minor, String currency) {
        this.minor = minor;
        this.currency = currency;
    }

    /** @throws IllegalArgumentException for a negative amount or a code that is not an ISO 4217 currency */
    public static Money of(long minor, String currencyCode) {
        if (minor < 0) {
            throw new IllegalArgumentException("An amount is never negative: " + minor);
        }
        return new Money(minor, Currencies.require(currencyCode).getCurrencyCode());
    }

    /** Converts a decimal amount in major units exactly; refuses one with more decimals than the currency has. */
    public static Money ofMajorUnits(BigDecimal major, String currencyCode) {
        Currency currency = Currencies.require(currencyCode);
        BigDecimal minor = major.movePointRight(Currencies.exponent(currency)).stripTrailingZeros();
        if (minor.scale() > 0) {
            throw new IllegalArgumentException(major + " has more decimals than " + currency + " allows");
        }
        return of(minor.longValueExact(), currency.getCurrencyCode());
    }

    public long minor() {
        return minor;
    }

    public String currency() {
        return currency;
    }

    /** The amount in major units with exactly the currency's number of decimals (1999 EUR is 19.99). */
    public BigDecimal toMajorUnits() {
        return BigDecimal.valueOf(minor, Currencies.exponent(Currency.getInstance(currency)));
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minor, other.minor), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return of(Math.subtractExact(minor, other.minor), currency);
    }

    public boolean isGreaterThan(Money other) {
        requireSameCurrency(other);
        return minor > other.minor;
    }

    public boolean isZero() {
        return minor == 0;
    }

    public Money zero() {
        return new Money(0, currency);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && minor == other.minor && currency.equals(other.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(minor, currency);
    }

    @Override
    public String toString() {
        return toMajorUnits().toPlainString() + " " + currency;
    }
}
