package io.paymenthub.gateway.dummy;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.gateway.spi.RefundSnapshot;
import io.paymenthub.gateway.spi.ResultKind;
import io.paymenthub.money.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DummyGatewayRefundTest {

    @Test
    void a_refund_asked_about_at_the_dummy_gateway_was_done() {
        var result = new DummyGateway().queryRefund(null, new RefundSnapshot("ref_1", Money.of(10, "EUR"), "dummy_x",
                Instant.EPOCH));
        assertThat(result.kind()).isEqualTo(ResultKind.PROCESSED);
        assertThat(result.gatewayReference()).isEqualTo("dummy_x");
    }
}
