package io.paymenthub.gateway.bog;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.payment.PayerLocale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BogLanguageTest {

    @Test
    void an_order_is_in_georgian_for_a_georgian_payer_in_english_for_any_other_else_in_bog_language() {
        BogConfig config = new BogConfig();
        config.language = "ka";
        assertThat(config.language(Optional.of(PayerLocale.KA))).isEqualTo("ka");
        assertThat(config.language(Optional.of(PayerLocale.RU))).isEqualTo("en");
        assertThat(config.language(Optional.of(PayerLocale.EN))).isEqualTo("en");
        assertThat(config.language(Optional.empty())).isEqualTo("ka");
    }
}
