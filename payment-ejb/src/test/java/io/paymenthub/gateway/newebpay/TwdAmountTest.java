package io.paymenthub.gateway.newebpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paymenthub.money.Money;
import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import org.junit.jupiter.api.Test;

class TwdAmountTest {

    @Test
    void three_thousand_twd_minor_units_are_amt_30() {
        assertThat(TwdAmount.toAmt(Money.of(3000, "TWD"))).isEqualTo(30);
        assertThat(TwdAmount.fromAmt("30")).isEqualTo(Money.of(3000, "TWD"));
    }

    @Test
    void an_amount_with_cents_is_refused_as_invalid_amount() {
        assertThatThrownBy(() -> TwdAmount.check(Money.of(3050, "TWD"))).isInstanceOf(HubException.class)
                .extracting(e -> ((HubException) e).code()).isEqualTo(ProblemCode.INVALID_AMOUNT);
        assertThatThrownBy(() -> TwdAmount.check(Money.of(0, "TWD")))
                .extracting(e -> ((HubException) e).code()).isEqualTo(ProblemCode.INVALID_AMOUNT);
    }

    @Test
    void another_currency_is_refused() {
        assertThatThrownBy(() -> TwdAmount.check(Money.of(3000, "EUR")))
                .extracting(e -> ((HubException) e).code()).isEqualTo(ProblemCode.INVALID_CURRENCY);
    }

    @Test
    void an_amt_that_is_not_a_whole_number_is_unreadable() {
        assertThatThrownBy(() -> TwdAmount.fromAmt("30.5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TwdAmount.fromAmt("-30")).isInstanceOf(IllegalArgumentException.class);
    }
}
