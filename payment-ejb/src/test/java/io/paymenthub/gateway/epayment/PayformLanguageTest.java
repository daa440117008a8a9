package io.paymenthub.gateway.epayment;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.payment.PayerLocale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PayformLanguageTest {

    @Test
    void the_form_speaks_russian_kazakh_or_english() {
        assertThat(PayformLanguage.of(Optional.of(PayerLocale.RU))).isEqualTo("rus");
        assertThat(PayformLanguage.of(Optional.of(PayerLocale.KK))).isEqualTo("kaz");
        assertThat(PayformLanguage.of(Optional.of(PayerLocale.EN))).isEqualTo("eng");
        assertThat(PayformLanguage.of(Optional.of(PayerLocale.KA))).isEqualTo("eng");
        assertThat(PayformLanguage.of(Optional.of(PayerLocale.ZH_TW))).isEqualTo("eng");
        assertThat(PayformLanguage.of(Optional.empty())).isEqualTo("rus");
    }
}
