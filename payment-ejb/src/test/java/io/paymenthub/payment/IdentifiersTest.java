package io.paymenthub.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void payment_tokens_are_pt_and_32_lowercase_hex_digits_and_do_not_repeat() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String token = Identifiers.paymentToken();
            assertThat(token).matches("pt_[0-9a-f]{32}");
            assertThat(Identifiers.isPaymentToken(token)).isTrue();
            tokens.add(token);
        }
        assertThat(tokens).hasSize(10_000);
    }

    @Test
    void anything_else_is_not_a_token() {
        assertThat(Identifiers.isPaymentToken(null)).isFalse();
        assertThat(Identifiers.isPaymentToken("pt_ABCDEF0123456789abcdef0123456789")).isFalse();
        assertThat(Identifiers.isPaymentToken("pt_0123")).isFalse();
        assertThat(Identifiers.isPaymentToken("pt_0123456789abcdef0123456789abcdef/../x")).isFalse();
    }

    @Test
    void payment_and_refund_ids_name_what_they_are() {
        assertThat(Identifiers.paymentId()).matches("pay_[0-9a-f]{24}");
        assertThat(Identifiers.refundId()).matches("re_[0-9a-f]{24}");
    }
}
