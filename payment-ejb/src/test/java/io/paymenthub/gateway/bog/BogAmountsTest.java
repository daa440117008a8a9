package io.paymenthub.gateway.bog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paymenthub.money.Money;
import org.junit.jupiter.api.Test;

class BogAmountsTest {

    @Test
    void minor_units_become_exact_decimals_with_the_currency_s_exponent() {
        assertThat(BogAmounts.decimal(Money.of(2699, "GEL")).toPlainString()).isEqualTo("26.99");
        assertThat(BogAmounts.decimal(Money.of(1, "USD")).toPlainString()).isEqualTo("0.01");
        assertThat(BogAmounts.decimal(Money.of(100000, "EUR")).toPlainString()).isEqualTo("1000.00");
        assertThat(BogAmounts.decimal(Money.of(500, "JPY")).toPlainString()).isEqualTo("500");
        assertThat(BogAmounts.decimal(Money.of(Long.MAX_VALUE, "GEL")).toPlainString()).isEqualTo("92233720368547758.07");
    }

    @Test
    void decimal_strings_are_read_exactly_never_as_floats() {
        assertThat(BogAmounts.money("26.99", "GEL")).isEqualTo(Money.of(2699, "GEL"));
        assertThat(BogAmounts.money("0.1", "USD")).isEqualTo(Money.of(10, "USD"));
        assertThat(BogAmounts.money("26.990", "EUR")).isEqualTo(Money.of(2699, "EUR"));
        assertThat(BogAmounts.money("500", "JPY")).isEqualTo(Money.of(500, "JPY"));
        assertThat(BogAmounts.money("0.29", "GEL")).isEqualTo(Money.of(29, "GEL"));
    }

    @Test
    void more_decimals_than_the_currency_has_or_no_number_is_refused() {
        assertThatThrownBy(() -> BogAmounts.money("26.999", "GEL")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BogAmounts.money("1.5", "JPY")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BogAmounts.money("abc", "GEL")).isInstanceOf(IllegalArgumentException.class);
    }
}
