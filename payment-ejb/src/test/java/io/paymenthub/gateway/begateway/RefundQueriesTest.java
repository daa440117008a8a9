package io.paymenthub.gateway.begateway;

import static io.paymenthub.gateway.begateway.TransactionReportTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.gateway.begateway.BeGatewayClient.Answer;
import io.paymenthub.gateway.spi.ResultKind;
import io.paymenthub.money.Money;
import org.junit.jupiter.api.Test;

class RefundQueriesTest {

    @Test
    void a_refund_found_by_uid_maps_successful_failed_and_anything_else() {
        var done = RefundQueries.byUid(new Answer(200,
                json("{\"transaction\":{\"uid\":\"r1\",\"type\":\"refund\",\"status\":\"successful\"}}")), "r1");
        assertThat(done.kind()).isEqualTo(ResultKind.PROCESSED);
        assertThat(done.gatewayReference()).isEqualTo("r1");
        assertThat(RefundQueries.byUid(new Answer(200,
                json("{\"transaction\":{\"uid\":\"r1\",\"status\":\"failed\",\"message\":\"too late\"}}")), "r1").kind())
                .isEqualTo(ResultKind.ERROR);
        assertThat(RefundQueries.byUid(new Answer(200, json("{\"transaction\":{\"uid\":\"r1\",\"status\":\"pending\"}}")),
                "r1").kind()).isEqualTo(ResultKind.PENDING);
        assertThat(RefundQueries.byUid(new Answer(200, json("{\"uid\":\"r1\",\"status\":\"successful\"}")), "r1").kind())
                .as("the seeds' flat shape").isEqualTo(ResultKind.PROCESSED);
    }

    @Test
    void an_error_answer_to_the_query_tells_nothing_about_the_refund() {
        assertThat(RefundQueries.byUid(new Answer(404, json("{\"message\":\"not found\"}")), "r1").kind())
                .isEqualTo(ResultKind.UNDEFINED);
        assertThat(RefundQueries.byUid(new Answer(500, null), "r1").kind()).isEqualTo(ResultKind.UNDEFINED);
        assertThat(RefundQueries.byUid(new Answer(200, json("{\"transaction\":{\"uid\":\"r1\"}}")), "r1").kind())
                .isEqualTo(ResultKind.UNDEFINED);
    }

    @Test
    void without_a_uid_the_single_refund_of_that_amount_among_the_payments_transactions_is_taken() {
        String list = "{\"transactions\":["
                + "{\"uid\":\"p1\",\"type\":\"payment\",\"status\":\"successful\",\"amount\":200},"
                + "{\"uid\":\"r1\",\"type\":\"refund\",\"status\":\"successful\",\"amount\":50,\"parent_uid\":\"p1\"},"
                + "{\"uid\":\"r2\",\"type\":\"refund\",\"status\":\"failed\",\"amount\":70,\"parent_uid\":\"p1\"}]}";
        var found = RefundQueries.byAmount(new Answer(200, json(list)), Money.of(50, "EUR"));
        assertThat(found.kind()).isEqualTo(ResultKind.PROCESSED);
        assertThat(found.gatewayReference()).isEqualTo("r1");
        assertThat(RefundQueries.byAmount(new Answer(200, json(list)), Money.of(70, "EUR")).kind())
                .isEqualTo(ResultKind.ERROR);
        assertThat(RefundQueries.byAmount(new Answer(200, json(list)), Money.of(200, "EUR")).kind())
                .as("the payment itself is no refund").isEqualTo(ResultKind.UNDEFINED);
    }

    @Test
    void two_refunds_of_the_same_amount_cannot_be_told_apart_and_no_answer_is_not_known() {
        String list = "{\"transactions\":["
                + "{\"uid\":\"r1\",\"type\":\"refund\",\"status\":\"successful\",\"amount\":50},"
                + "{\"uid\":\"r2\",\"type\":\"refund\",\"status\":\"failed\",\"amount\":50}]}";
        assertThat(RefundQueries.byAmount(new Answer(200, json(list)), Money.of(50, "EUR")).kind())
                .isEqualTo(ResultKind.UNDEFINED);
        assertThat(RefundQueries.byAmount(new Answer(503, null), Money.of(50, "EUR")).kind())
                .isEqualTo(ResultKind.UNDEFINED);
        assertThat(RefundQueries.byAmount(new Answer(200, json("{\"transactions\":[]}")), Money.of(50, "EUR")).kind())
                .isEqualTo(ResultKind.UNDEFINED);
    }
}
