package io.paymenthub.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paymenthub.money.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReceiptTest {

    private final Receipt receipt = new Receipt("pay_1", "app1", 2026, Money.of(1999, "EUR"),
            Instant.parse("2026-12-01T10:00:00Z"));

    @Test
    void a_receipt_is_issued_without_a_number_and_numbered_once_in_its_year() {
        assertThat(receipt.isNumbered()).isFalse();
        assertThat(receipt.number()).isNull();

        receipt.number(42);

        assertThat(receipt.isNumbered()).isTrue();
        assertThat(receipt.number()).isEqualTo("R-2026-000042");
    }

    @Test
    void a_numbered_receipt_keeps_its_number() {
        receipt.number(42);

        assertThatThrownBy(() -> receipt.number(43)).isInstanceOf(IllegalStateException.class);
        assertThat(receipt.number()).isEqualTo("R-2026-000042");
    }
}
