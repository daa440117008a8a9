package io.paymenthub.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void minor_units_become_major_units_with_the_currencys_exponent() {
        assertThat(Money.of(1999, "EUR").toMajorUnits()).isEqualByComparingTo("19.99");
        assertThat(Money.of(1999, "EUR").toMajorUnits().toPlainString()).isEqualTo("19.99");
        assertThat(Money.of(5, "GEL").toMajorUnits().toPlainString()).isEqualTo("0.05");
        assertThat(Money.of(3000, "TWD").toMajorUnits().toPlainString()).isEqualTo("30.00");
        assertThat(Money.of(500, "JPY").toMajorUnits().toPlainString()).isEqualTo("500");
        assertThat(Money.of(1200, "KRW").toMajorUnits().toPlainString()).isEqualTo("1200");
    }

    @Test
    void major_units_convert_exactly_or_not_at_all() {
        assertThat(Money.ofMajorUnits(new BigDecimal("26.99"), "GEL")).isEqualTo(Money.of(2699, "GEL"));
        assertThat(Money.ofMajorUnits(new BigDecimal("10.50"), "KZT")).isEqualTo(Money.of(1050, "KZT"));
        assertThat(Money.ofMajorUnits(new BigDecimal("10"), "JPY")).isEqualTo(Money.of(10, "JPY"));
        assertThatThrownBy(() -> Money.ofMajorUnits(new BigDecimal("0.001"), "EUR"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.ofMajorUnits(new BigDecimal("1.5"), "JPY"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void amounts_are_never_negative_and_currencies_are_iso_4217() {
        assertThatThrownBy(() -> Money.of(-1, "EUR")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of(1, "EURO")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of(1, "eur")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of(1, "XXX")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Currencies.isKnown("USD")).isTrue();
        assertThat(Currencies.isKnown("ABC")).isFalse();
        assertThat(Currencies.isKnown(null)).isFalse();
    }

    @Test
    void arithmetic_stays_in_one_currency() {
        assertThat(Money.of(150, "EUR").plus(Money.of(50, "EUR"))).isEqualTo(Money.of(200, "EUR"));
        assertThat(Money.of(150, "EUR").minus(Money.of(50, "EUR"))).isEqualTo(Money.of(100, "EUR"));
        assertThat(Money.of(150, "EUR").isGreaterThan(Money.of(149, "EUR"))).isTrue();
        assertThatThrownBy(() -> Money.of(1, "EUR").plus(Money.of(1, "USD"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of(1, "EUR").minus(Money.of(2, "EUR"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, "EUR").plus(Money.of(1, "EUR")))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void equality_is_by_amount_and_currency() {
        assertThat(Money.of(100, "EUR")).isEqualTo(Money.of(100, "EUR")).hasSameHashCodeAs(Money.of(100, "EUR"));
        assertThat(Money.of(100, "EUR")).isNotEqualTo(Money.of(100, "USD"));
        assertThat(Money.of(1999, "EUR")).hasToString("19.99 EUR");
    }
}
