package io.paymenthub.gateway.begateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.payment.PaymentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BeGatewayStatusTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "successful, SUCCESSFUL", "success, SUCCESSFUL", "completed, SUCCESSFUL", "SUCCESSFUL, SUCCESSFUL",
            "failed, FAILED", "failure, FAILED",
            "declined, DECLINED", "rejected, DECLINED",
            "expired, EXPIRED",
            "error, ERROR",
            "pending, PENDING", "incomplete, PENDING", "something_new, PENDING"})
    void maps_seed_000s_table_plus_incomplete(String gateway, PaymentStatus hub) {
        assertThat(BeGatewayStatus.map(gateway)).isEqualTo(hub);
    }

    @Test
    void a_missing_status_is_pending_never_a_failure() {
        assertThat(BeGatewayStatus.map(null)).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void a_successful_authorization_is_authorized_not_captured() {
        assertThat(BeGatewayStatus.ofPayerTransaction("successful", "authorization")).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(BeGatewayStatus.ofPayerTransaction("successful", "payment")).isEqualTo(PaymentStatus.SUCCESSFUL);
        assertThat(BeGatewayStatus.ofPayerTransaction("failed", "authorization")).isEqualTo(PaymentStatus.FAILED);
    }
}
