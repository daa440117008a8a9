package io.paymenthub.gateway.bog;

import static io.paymenthub.gateway.bog.ReceiptTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.gateway.spi.ResultKind;
import io.paymenthub.money.Money;
import org.junit.jupiter.api.Test;

class ReceiptRefundTest {

    private static String receipt(String key, String refunded) {
        return """
                {"order_id":"ord-1","external_order_id":"pay_1","order_status":{"key":"%s"},
                 "purchase_units":{"request_amount":"26.99","transfer_amount":"26.99","refund_amount":"%s",
                 "currency_code":"GEL"}}""".formatted(key, refunded);
    }

    @Test
    void a_fully_refunded_order_tells_a_pending_refund_done() {
        var result = Receipt.refundOutcome(json(receipt("refunded", "26.99")), Money.of(2699, "GEL"));
        assertThat(result.kind()).isEqualTo(ResultKind.PROCESSED);
        assertThat(result.gatewayReference()).isEqualTo("ord-1");
        assertThat(Receipt.refundOutcome(json(receipt("refunded_partially", "26.99")), Money.of(2699, "GEL")).kind())
                .as("the refunded amount covers all that was captured").isEqualTo(ResultKind.PROCESSED);
    }

    @Test
    void a_partial_refund_or_one_still_requested_is_not_known() {
        assertThat(Receipt.refundOutcome(json(receipt("refunded_partially", "10.00")), Money.of(2699, "GEL")).kind())
                .isEqualTo(ResultKind.UNDEFINED);
        assertThat(Receipt.refundOutcome(json(receipt("refund_requested", "0.00")), Money.of(2699, "GEL")).kind())
                .isEqualTo(ResultKind.UNDEFINED);
        assertThat(Receipt.refundOutcome(json(receipt("completed", "0.00")), Money.of(2699, "GEL")).kind())
                .isEqualTo(ResultKind.UNDEFINED);
    }
}
