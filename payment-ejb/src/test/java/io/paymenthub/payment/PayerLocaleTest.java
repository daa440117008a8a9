package io.paymenthub.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PayerLocaleTest {

    @Test
    void a_merchant_names_one_of_five_tags_in_any_case() {
        assertThat(PayerLocale.parse("en")).contains(PayerLocale.EN);
        assertThat(PayerLocale.parse("zh-tw")).contains(PayerLocale.ZH_TW);
        assertThat(PayerLocale.parse("KK")).contains(PayerLocale.KK);
        assertThat(PayerLocale.parse("fr")).isEmpty();
        assertThat(PayerLocale.parse("zh")).isEmpty();
        assertThat(PayerLocale.parse("en-US")).isEmpty();
        assertThat(PayerLocale.parse(null)).isEmpty();
    }

    @Test
    void a_browser_gets_its_most_preferred_language_we_speak_else_english() {
        assertThat(PayerLocale.fromAcceptLanguage("ru-RU,ru;q=0.9,en-US;q=0.8")).isEqualTo(PayerLocale.RU);
        assertThat(PayerLocale.fromAcceptLanguage("fr-FR,ka;q=0.5,en;q=0.4")).isEqualTo(PayerLocale.KA);
        assertThat(PayerLocale.fromAcceptLanguage("zh-TW")).isEqualTo(PayerLocale.ZH_TW);
        assertThat(PayerLocale.fromAcceptLanguage("zh-Hant-TW,zh;q=0.9")).isEqualTo(PayerLocale.ZH_TW);
        assertThat(PayerLocale.fromAcceptLanguage("kk-KZ")).isEqualTo(PayerLocale.KK);
        assertThat(PayerLocale.fromAcceptLanguage("de-DE,fr;q=0.5")).isEqualTo(PayerLocale.EN);
        assertThat(PayerLocale.fromAcceptLanguage(null)).isEqualTo(PayerLocale.EN);
        assertThat(PayerLocale.fromAcceptLanguage(";;;q=x")).isEqualTo(PayerLocale.EN);
        assertThat(PayerLocale.fromAcceptLanguage("a".repeat(5000))).isEqualTo(PayerLocale.EN);
    }
}
