package io.paymenthub.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaymentSignatureTest {

    @Test
    void the_header_is_t_and_v1_hex_hmac_sha256_over_t_dot_body() {
        // vector computed with: printf '%s' '1732406400.{...}' | openssl dgst -sha256 -hmac whsec_test
        String body = "{\"id\":\"evt_1\",\"type\":\"payment.succeeded\"}";
        assertThat(PaymentSignature.header("whsec_test", 1732406400L, body)).isEqualTo(
                "t=1732406400,v1=61ee93f08b0ee2e4857c24ec4999a102aca2bd030b0302e56ddce697a1d270de");
    }

    @Test
    void another_timestamp_or_body_gives_another_signature() {
        String body = "{\"id\":\"evt_1\"}";
        assertThat(PaymentSignature.header("s", 1, body)).isNotEqualTo(PaymentSignature.header("s", 2, body));
        assertThat(PaymentSignature.header("s", 1, body)).isNotEqualTo(PaymentSignature.header("s", 1, body + " "));
        assertThat(PaymentSignature.header("s", 1, body)).matches("t=1,v1=[0-9a-f]{64}");
    }

    @Test
    void during_a_rotation_each_active_secret_signs_the_same_timestamp_newest_first() {
        String body = "{\"id\":\"evt_1\",\"type\":\"payment.succeeded\"}";
        assertThat(PaymentSignature.header(java.util.List.of("new-secret", "whsec_test"), 1732406400L, body))
                .isEqualTo(PaymentSignature.header("new-secret", 1732406400L, body)
                        + ",v1=61ee93f08b0ee2e4857c24ec4999a102aca2bd030b0302e56ddce697a1d270de");
    }
}
