package io.paymenthub.gateway.begateway;

import static io.paymenthub.gateway.begateway.TransactionReportTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.gateway.begateway.BeGatewayClient.Answer;
import io.paymenthub.gateway.spi.ResultKind;
import org.junit.jupiter.api.Test;

class TransactionOperationsTest {

    @Test
    void a_successful_transaction_is_processed_with_its_uid() {
        var result = TransactionOperations.result("refunds",
                new Answer(200, json("{\"transaction\":{\"uid\":\"r1\",\"status\":\"successful\",\"parent_uid\":\"p\"}}")));
        assertThat(result.kind()).isEqualTo(ResultKind.PROCESSED);
        assertThat(result.gatewayReference()).isEqualTo("r1");
    }

    @Test
    void a_failed_transaction_is_refused() {
        assertThat(TransactionOperations.result("captures",
                new Answer(200, json("{\"transaction\":{\"uid\":\"c1\",\"status\":\"failed\",\"message\":\"no\"}}"))).kind())
                .isEqualTo(ResultKind.ERROR);
        assertThat(TransactionOperations.result("voids",
                new Answer(422, json("{\"response\":{\"message\":\"Parent transaction not found\"}}"))).kind())
                .isEqualTo(ResultKind.ERROR);
    }

    @Test
    void a_server_error_or_an_unreadable_answer_is_not_known_yet() {
        assertThat(TransactionOperations.result("refunds", new Answer(500, null)).kind()).isEqualTo(ResultKind.UNDEFINED);
        assertThat(TransactionOperations.result("refunds", new Answer(200, null)).kind()).isEqualTo(ResultKind.UNDEFINED);
        assertThat(TransactionOperations.result("refunds",
                new Answer(200, json("{\"transaction\":{\"uid\":\"r\",\"status\":\"pending\"}}"))).kind())
                .isEqualTo(ResultKind.PENDING);
    }
}
