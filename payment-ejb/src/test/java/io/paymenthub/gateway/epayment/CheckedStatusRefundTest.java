package io.paymenthub.gateway.epayment;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.gateway.spi.ResultKind;
import io.paymenthub.money.Money;
import org.junit.jupiter.api.Test;

class CheckedStatusRefundTest {

    private static CheckedStatus of(String statusName) {
        return CheckedStatus.of("100000000001", Json.parse("{\"resultCode\":\"100\",\"resultMessage\":\"SUCCESS\","
                + "\"transaction\":{\"id\":\"tx-9\",\"invoiceID\":\"100000000001\",\"amount\":100.50,"
                + "\"currency\":\"KZT\",\"statusName\":\"" + statusName + "\"}}"));
    }

    @Test
    void refund_status_tells_a_refund_of_everything_captured_done() {
        var result = of("REFUND").refundOutcome(Money.of(10050, "KZT"), Money.of(10050, "KZT"));
        assertThat(result.kind()).isEqualTo(ResultKind.PROCESSED);
        assertThat(result.gatewayReference()).isEqualTo("tx-9");
    }

    @Test
    void a_partial_refund_or_any_other_status_is_not_known() {
        assertThat(of("REFUND").refundOutcome(Money.of(5000, "KZT"), Money.of(10050, "KZT")).kind())
                .isEqualTo(ResultKind.UNDEFINED);
        assertThat(of("CHARGE").refundOutcome(Money.of(10050, "KZT"), Money.of(10050, "KZT")).kind())
                .isEqualTo(ResultKind.UNDEFINED);
        assertThat(CheckedStatus.unknown("1", "unreachable").refundOutcome(Money.of(10050, "KZT"),
                Money.of(10050, "KZT")).kind()).isEqualTo(ResultKind.UNDEFINED);
    }
}
