package io.paymenthub.wallet.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paymenthub.money.Money;
import io.paymenthub.problem.HubException;
import org.junit.jupiter.api.Test;

class CreditPriceTest {

    @Test
    void credits_cost_cents_per_credit_in_the_credits_currency() {
        assertThat(new CreditPrice(2, "EUR").of(100)).isEqualTo(Money.of(200, "EUR"));
        assertThat(new CreditPrice(5, "USD").of(1)).isEqualTo(Money.of(5, "USD"));
    }

    @Test
    void a_price_that_overflows_is_refused() {
        assertThatThrownBy(() -> new CreditPrice(Long.MAX_VALUE, "EUR").of(2)).isInstanceOf(HubException.class);
    }
}
