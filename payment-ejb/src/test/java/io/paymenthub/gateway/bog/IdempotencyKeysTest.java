package io.paymenthub.gateway.bog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {

    @Test
    void the_key_is_a_uuid_v4_derived_from_the_payment_so_a_retry_repeats_it() {
        String key = IdempotencyKeys.forOrder("pay_123");
        UUID uuid = UUID.fromString(key);
        assertThat(uuid.version()).isEqualTo(4);
        assertThat(uuid.variant()).isEqualTo(2);
        assertThat(key).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(IdempotencyKeys.forOrder("pay_123")).isEqualTo(key);
        assertThat(IdempotencyKeys.forOrder("pay_124")).isNotEqualTo(key);
    }

    @Test
    void each_operation_gets_its_own_uuid_v4_repeated_by_a_retry_of_it() {
        String refund = IdempotencyKeys.forRefund("re_1");
        assertThat(UUID.fromString(refund).version()).isEqualTo(4);
        assertThat(IdempotencyKeys.forRefund("re_1")).isEqualTo(refund);
        assertThat(IdempotencyKeys.forRefund("re_2")).isNotEqualTo(refund);
        assertThat(java.util.Set.of(IdempotencyKeys.forOrder("pay_1"), IdempotencyKeys.forApproval("pay_1"),
                IdempotencyKeys.forCancel("pay_1"), IdempotencyKeys.forRefund("pay_1")))
                .as("an order, its capture, its void and a refund never share a key").hasSize(4);
    }
}
