package io.paymenthub.gateway.epayment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretHashTest {

    private final SecretHash hash = new SecretHash("client-secret");

    @Test
    void the_hash_is_the_same_for_an_invoice_and_different_between_invoices_and_keys() {
        assertThat(hash.of("100000000001")).isEqualTo(hash.of("100000000001")).hasSize(64);
        assertThat(hash.of("100000000001")).isNotEqualTo(hash.of("100000000002"));
        assertThat(new SecretHash("other").of("100000000001")).isNotEqualTo(hash.of("100000000001"));
    }

    @Test
    void only_the_hash_issued_for_the_invoice_matches() {
        assertThat(hash.matches("100000000001", hash.of("100000000001"))).isTrue();
        assertThat(hash.matches("100000000001", hash.of("100000000002"))).isFalse();
        assertThat(hash.matches("100000000001", null)).isFalse();
    }
}
