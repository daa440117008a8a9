package io.paymenthub.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReceiptNumberTest {

    @Test
    void a_receipt_number_is_r_year_and_six_digits() {
        assertThat(ReceiptNumber.of(2026, 42)).isEqualTo("R-2026-000042");
        assertThat(ReceiptNumber.of(2026, 1)).isEqualTo("R-2026-000001");
        assertThat(ReceiptNumber.of(2027, 999_999)).isEqualTo("R-2027-999999");
        assertThat(ReceiptNumber.of(2027, 1_000_000)).isEqualTo("R-2027-1000000");
    }

    @Test
    void there_is_no_receipt_zero_or_a_year_outside_four_digits() {
        assertThatThrownBy(() -> ReceiptNumber.of(2026, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReceiptNumber.of(99, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
