package io.paymenthub.gateway.bog;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.payment.PaymentStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BogStatusTest {

    @ParameterizedTest
    @CsvSource({
            "created, PENDING", "processing, PENDING", "auth_requested, PENDING",
            "blocked, AUTHORIZED", "completed, SUCCESSFUL", "partial_completed, SUCCESSFUL",
            "refund_requested, SUCCESSFUL", "rejected, DECLINED", "refunded, REFUNDED",
            "refunded_partially, PARTIALLY_REFUNDED", "COMPLETED, SUCCESSFUL"})
    void every_order_status_key_has_a_hub_status(String key, PaymentStatus expected) {
        assertThat(BogStatus.of(key, null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"100, SUCCESSFUL", "200, AUTHORIZED", "101, DECLINED", "107, DECLINED"})
    void the_payment_detail_code_decides_when_the_key_does_not(String code, PaymentStatus expected) {
        assertThat(BogStatus.of(null, code)).isEqualTo(expected);
        assertThat(BogStatus.of("something_new", code)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"completed, 100, SUCCESSFUL", "blocked, 200, AUTHORIZED", "rejected, 107, DECLINED"})
    void key_and_code_together(String key, String code, PaymentStatus expected) {
        assertThat(BogStatus.of(key, code)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(value = {"NULL, NULL", "unknown, NULL", "unknown, ''"}, nullValues = "NULL")
    void nothing_known_is_no_status(String key, String code) {
        assertThat(BogStatus.of(key, code)).isNull();
    }
}
