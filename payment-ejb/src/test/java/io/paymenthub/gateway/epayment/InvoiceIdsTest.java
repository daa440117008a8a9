package io.paymenthub.gateway.epayment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InvoiceIdsTest {

    @Test
    void an_invoice_id_is_twelve_digits_without_a_leading_zero() {
        assertThat(InvoiceIds.of(1)).isEqualTo("100000000001");
        assertThat(InvoiceIds.of(987_654)).isEqualTo("100000987654");
        assertThat(InvoiceIds.isValid(InvoiceIds.of(1))).isTrue();
    }

    @Test
    void the_last_six_digits_of_a_million_consecutive_invoices_are_all_different() {
        boolean[] seen = new boolean[1_000_000];
        long start = 4_321_987;
        for (long n = start; n < start + 1_000_000; n++) {
            String id = InvoiceIds.of(n);
            int suffix = Integer.parseInt(id.substring(id.length() - 6));
            if (seen[suffix]) {
                throw new AssertionError("suffix repeated by " + id);
            }
            seen[suffix] = true;
        }
    }

    @Test
    void ids_stay_within_fifteen_digits() {
        assertThat(InvoiceIds.of(InvoiceIds.MAX_SEQUENCE)).hasSize(15).isEqualTo("999999999999999");
        assertThatThrownBy(() -> InvoiceIds.of(InvoiceIds.MAX_SEQUENCE + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InvoiceIds.of(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_gateway_rule_is_six_to_fifteen_digits() {
        assertThat(InvoiceIds.isValid("123456")).isTrue();
        assertThat(InvoiceIds.isValid("12345")).isFalse();
        assertThat(InvoiceIds.isValid("1234567890123456")).isFalse();
        assertThat(InvoiceIds.isValid("INV-123456")).isFalse();
        assertThat(InvoiceIds.isValid(null)).isFalse();
    }
}
