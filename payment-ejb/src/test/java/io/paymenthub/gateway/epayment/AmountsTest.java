package io.paymenthub.gateway.epayment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paymenthub.money.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountsTest {

    @Test
    void minor_units_become_an_exact_plain_decimal() {
        assertThat(Amounts.decimal(Money.of(1_000_000, "KZT"))).isEqualTo("10000");
        assertThat(Amounts.decimal(Money.of(10050, "KZT"))).isEqualTo("100.5");
        assertThat(Amounts.decimal(Money.of(1, "KZT"))).isEqualTo("0.01");
        assertThat(Amounts.decimal(Money.of(999_999_999_999L, "KZT"))).isEqualTo("9999999999.99");
        assertThat(Amounts.decimal(Money.of(100_000, "USD"))).isEqualTo("1000");
    }

    @Test
    void a_decimal_from_the_gateway_becomes_minor_units_exactly() {
        assertThat(Amounts.money(new BigDecimal("100.5"), "KZT")).isEqualTo(Money.of(10050, "KZT"));
        assertThat(Amounts.money(new BigDecimal("10000"), "KZT")).isEqualTo(Money.of(1_000_000, "KZT"));
        assertThat(Amounts.money(new BigDecimal("0.1"), "KZT")).isEqualTo(Money.of(10, "KZT"));
        assertThatThrownBy(() -> Amounts.money(new BigDecimal("1.005"), "KZT"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decimal_and_back_is_the_same_amount() {
        for (long minor : new long[] {1, 99, 100, 1001, 123_456_789}) {
            Money money = Money.of(minor, "KZT");
            assertThat(Amounts.money(new BigDecimal(Amounts.decimal(money)), "KZT")).isEqualTo(money);
        }
    }
}
