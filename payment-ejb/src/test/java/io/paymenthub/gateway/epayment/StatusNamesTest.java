package io.paymenthub.gateway.epayment;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.gateway.epayment.StatusNames.ResultCode;
import io.paymenthub.payment.PaymentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusNamesTest {

    @ParameterizedTest
    @CsvSource({"100, SUCCESS", "101, REJECTED", "102, NOT_FOUND", "103, RETRY_LATER", "104, CONFIGURATION_ERROR",
            "106, CONFIGURATION_ERROR", "107, RETRY_LATER", "109, CONFIGURATION_ERROR", "999, RETRY_LATER"})
    void every_result_code_has_a_meaning(String code, ResultCode expected) {
        assertThat(StatusNames.resultCode(code)).isEqualTo(expected);
    }

    @Test
    void a_missing_result_code_means_ask_again_later() {
        assertThat(StatusNames.resultCode(null)).isEqualTo(ResultCode.RETRY_LATER);
    }

    @ParameterizedTest
    @CsvSource({"NEW, PENDING", "3D, PENDING", "AUTH, AUTHORIZED", "CHARGE, SUCCESSFUL", "CANCEL, CANCELLED",
            "CANCEL_OLD, CANCELLED", "REFUND, REFUNDED", "FAILED, FAILED", "REJECT, DECLINED", "charge, SUCCESSFUL"})
    void every_status_name_maps_to_a_payment_status(String statusName, PaymentStatus expected) {
        assertThat(StatusNames.status(statusName)).isEqualTo(expected);
    }

    @Test
    void an_undocumented_status_name_is_not_known() {
        assertThat(StatusNames.status("APPROVED")).isNull();
        assertThat(StatusNames.status(null)).isNull();
    }

    @Test
    void an_error_post_link_is_declined_when_the_issuer_refused_and_failed_otherwise() {
        assertThat(StatusNames.failure("05", "Do not honor")).isEqualTo(PaymentStatus.DECLINED);
        assertThat(StatusNames.failure(null, "Insufficient funds")).isEqualTo(PaymentStatus.DECLINED);
        assertThat(StatusNames.failure("96", "System malfunction")).isEqualTo(PaymentStatus.FAILED);
        assertThat(StatusNames.failure(null, null)).isEqualTo(PaymentStatus.FAILED);
    }
}
