package io.paymenthub.payout.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.gateway.spi.OperationResult;
import io.paymenthub.payout.PayoutStatus;
import org.junit.jupiter.api.Test;

class PayoutSettlingTest {

    @Test
    void the_sends_own_answer_settles_or_leaves_the_payout_unknown() {
        assertThat(PayoutSettling.target(OperationResult.processed("u"), true)).contains(PayoutStatus.SUCCEEDED);
        assertThat(PayoutSettling.target(OperationResult.refused("declined"), true)).contains(PayoutStatus.FAILED);
        assertThat(PayoutSettling.target(OperationResult.pending("u"), true)).contains(PayoutStatus.PENDING);
        assertThat(PayoutSettling.target(OperationResult.unknown("timeout"), true)).contains(PayoutStatus.UNKNOWN);
    }

    @Test
    void a_query_or_webhook_that_cannot_tell_changes_nothing() {
        assertThat(PayoutSettling.target(OperationResult.unknown("HTTP 500"), false)).isEmpty();
        assertThat(PayoutSettling.target(OperationResult.processed("u"), false)).contains(PayoutStatus.SUCCEEDED);
        assertThat(PayoutSettling.target(OperationResult.refused("failed"), false)).contains(PayoutStatus.FAILED);
    }
}
