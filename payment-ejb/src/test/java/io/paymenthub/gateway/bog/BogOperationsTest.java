package io.paymenthub.gateway.bog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paymenthub.gateway.spi.CallbackParseException;
import io.paymenthub.gateway.spi.CallbackRequest;
import io.paymenthub.gateway.spi.OperationResult;
import io.paymenthub.gateway.spi.ResultKind;
import io.paymenthub.gateway.spi.StatusReport;
import io.paymenthub.payment.PaymentStatus;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How BOG's answers to follow-up calls, and its callbacks, read in the hub's terms. */
class BogOperationsTest {

    @Test
    void an_accepted_request_is_processed_with_its_action_id_a_4xx_refused_a_5xx_unknown() {
        OperationResult accepted = BogOperations.result("refund", new BogClient.Answer(200,
                ReceiptTest.json("{\"key\":\"request_received\",\"message\":\"ok\",\"action_id\":\"act-1\"}")));
        assertThat(accepted.kind()).isEqualTo(ResultKind.PROCESSED);
        assertThat(accepted.gatewayReference()).isEqualTo("act-1");

        OperationResult refused = BogOperations.result("refund", new BogClient.Answer(400,
                ReceiptTest.json("{\"message\":\"Refund amount exceeds\"}")));
        assertThat(refused.kind()).isEqualTo(ResultKind.ERROR);
        assertThat(refused.message()).contains("Refund amount exceeds");

        assertThat(BogOperations.result("approve", new BogClient.Answer(502, null)).kind()).isEqualTo(ResultKind.UNDEFINED);
        assertThat(BogOperations.result("approve", new BogClient.Answer(401, null)).kind()).isEqualTo(ResultKind.UNDEFINED);
    }

    static CallbackRequest callback(String body) {
        return new CallbackRequest(Map.of(), Map.of(), body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void an_order_payment_callback_reads_as_its_receipt() {
        StatusReport report = new BogGateway().parseCallback(callback(
                "{\"event\":\"order_payment\",\"zoned_request_time\":\"2026-11-24T02:00:00Z\",\"body\":" + ReceiptTest.COMPLETED + "}"));
        assertThat(report.status()).isEqualTo(PaymentStatus.SUCCESSFUL);
        assertThat(report.lookup().paymentId()).isEqualTo("pay_1");
    }

    @Test
    void other_events_missing_bodies_bad_amounts_and_non_json_are_parse_errors() {
        BogGateway gateway = new BogGateway();
        assertThatThrownBy(() -> gateway.parseCallback(callback("{\"event\":\"other\",\"body\":{}}")))
                .isInstanceOf(CallbackParseException.class);
        assertThatThrownBy(() -> gateway.parseCallback(callback("{\"event\":\"order_payment\"}")))
                .isInstanceOf(CallbackParseException.class);
        assertThatThrownBy(() -> gateway.parseCallback(callback("{\"event\":\"order_payment\",\"body\":{\"order_id\":\"o\","
                + "\"purchase_units\":{\"request_amount\":\"1.001\",\"currency_code\":\"GEL\"}}}")))
                .isInstanceOf(CallbackParseException.class);
        assertThatThrownBy(() -> gateway.parseCallback(callback("not json"))).isInstanceOf(CallbackParseException.class);
    }
}
