package io.paymenthub.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paymenthub.money.Money;
import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NewPaymentTest {

    private static NewPayment withMetadata(Map<String, String> metadata) {
        return new NewPayment("app", "dummy", Money.of(100, "EUR"), null, null, null, null, null, null,
                CaptureMode.AUTOMATIC, metadata);
    }

    private static Map<String, String> entries(int count, String value) {
        Map<String, String> metadata = new HashMap<>();
        for (int i = 0; i < count; i++) {
            metadata.put("key" + i, value);
        }
        return metadata;
    }

    @Test
    void metadata_that_fits_its_column_as_json_is_kept() {
        assertThat(withMetadata(entries(30, "x".repeat(500))).metadata()).hasSize(30);
        assertThat(withMetadata(entries(3, "\u0001".repeat(500))).metadata()).hasSize(3);
    }

    @Test
    void metadata_beyond_its_column_is_refused_as_the_callers_mistake() {
        assertThatThrownBy(() -> withMetadata(entries(50, "x".repeat(500))))
                .isInstanceOf(HubException.class)
                .matches(e -> ((HubException) e).code() == ProblemCode.INVALID_REQUEST)
                .hasMessageContaining("metadata");
        assertThatThrownBy(() -> withMetadata(entries(10, "\u0001".repeat(500))))
                .as("escaped control characters count as written").isInstanceOf(HubException.class);
    }

    @Test
    void a_card_is_saved_only_for_a_customer() {
        assertThatThrownBy(() -> new NewPayment("app", "begateway", Money.of(100, "EUR"), null, null, null, null, null,
                null, CaptureMode.AUTOMATIC, Map.of(), null, List.of(), null, true))
                .isInstanceOf(HubException.class)
                .matches(e -> ((HubException) e).code() == ProblemCode.INVALID_REQUEST)
                .hasMessageContaining("customer.id");
        assertThat(new NewPayment("app", "begateway", Money.of(100, "EUR"), null, null, "user_1", null, null, null,
                CaptureMode.AUTOMATIC, Map.of(), null, List.of(), null, true).saveCard()).isTrue();
    }
}
