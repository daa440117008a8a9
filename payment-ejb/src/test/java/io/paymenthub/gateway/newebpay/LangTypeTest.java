package io.paymenthub.gateway.newebpay;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.gateway.spi.PaymentSnapshot;
import io.paymenthub.payment.PayerLocale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LangTypeTest {

    private static Map<String, String> tradeInfo(PayerLocale locale) {
        PaymentSnapshot p = NewebPayFixtures.payment(3000);
        PaymentSnapshot withLocale = new PaymentSnapshot(p.id(), p.token(), p.gateway(), p.status(), p.amount(),
                p.captured(), p.description(), p.reference(), p.customerId(), p.customerEmail(), p.captureMode(),
                p.testMode(), p.gatewayUid(), p.gatewayReference(), p.metadata(), p.createdAt(), p.appId(), locale);
        return MpgTradeInfo.of(withLocale, "MS1", 1L, "https://hub/return", "https://hub/notify", "https://hub/back");
    }

    @Test
    void the_page_is_in_traditional_chinese_or_english_and_newebpays_default_without_a_locale() {
        assertThat(tradeInfo(PayerLocale.ZH_TW)).containsEntry("LangType", "zh-tw");
        assertThat(tradeInfo(PayerLocale.RU)).containsEntry("LangType", "en");
        assertThat(tradeInfo(PayerLocale.EN)).containsEntry("LangType", "en");
        assertThat(tradeInfo(null)).doesNotContainKey("LangType");
    }
}
