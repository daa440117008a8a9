package io.paymenthub.gateway.newebpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paymenthub.gateway.spi.CallbackParseException;
import io.paymenthub.gateway.spi.CallbackRejectedException;
import io.paymenthub.gateway.spi.CallbackRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotifyMessageTest {

    static final NewebPayCrypto CRYPTO = NewebPayCryptoTest.CRYPTO;
    static final String MERCHANT = "MS123";
    static final String RESULT = "{\"Status\":\"SUCCESS\",\"Message\":\"ok\",\"Result\":{\"MerchantID\":\"MS123\","
            + "\"Amt\":30,\"TradeNo\":\"T1\",\"MerchantOrderNo\":\"pay_0123456789abcdef01234567\"}}";

    @Test
    void a_notification_with_its_trade_sha_is_verified_and_decrypted() {
        String tradeInfo = CRYPTO.encrypt(RESULT);
        NotifyMessage message = NotifyMessage.of(notify(MERCHANT, tradeInfo, CRYPTO.tradeSha(tradeInfo)));

        message.verify(CRYPTO, MERCHANT);
        assertThat(message.trade(CRYPTO, MERCHANT).merchantOrderNo()).isEqualTo("pay_0123456789abcdef01234567");
    }

    @Test
    void a_wrong_or_missing_trade_sha_is_rejected() {
        String tradeInfo = CRYPTO.encrypt(RESULT);
        assertThatThrownBy(() -> NotifyMessage.of(notify(MERCHANT, tradeInfo, CRYPTO.tradeSha(tradeInfo + "0")))
                .verify(CRYPTO, MERCHANT)).isInstanceOf(CallbackRejectedException.class);
        assertThatThrownBy(() -> NotifyMessage.of(notify(MERCHANT, tradeInfo, null)).verify(CRYPTO, MERCHANT))
                .isInstanceOf(CallbackRejectedException.class);
    }

    @Test
    void another_merchants_notification_is_rejected() {
        String tradeInfo = CRYPTO.encrypt(RESULT);
        assertThatThrownBy(() -> NotifyMessage.of(notify("MS999", tradeInfo, CRYPTO.tradeSha(tradeInfo)))
                .verify(CRYPTO, MERCHANT)).isInstanceOf(CallbackRejectedException.class);
        assertThatThrownBy(() -> NotifyMessage.of(notify(MERCHANT, tradeInfo, CRYPTO.tradeSha(tradeInfo)))
                .trade(CRYPTO, "MS999")).isInstanceOf(CallbackRejectedException.class);
    }

    @Test
    void bad_hex_bad_padding_and_missing_trade_info_are_unreadable() {
        String badHex = "zz" + CRYPTO.encrypt(RESULT).substring(2);
        String badPadding = new NewebPayCrypto("abcdefghijabcdefghijabcdefghij12", "1234567890123456").encrypt(RESULT);
        for (String tradeInfo : new String[] {badHex, badPadding, "abc", ""}) {
            NotifyMessage message = NotifyMessage.of(notify(MERCHANT, tradeInfo, CRYPTO.tradeSha(tradeInfo)));
            message.verify(CRYPTO, MERCHANT);
            assertThatThrownBy(() -> message.trade(CRYPTO, MERCHANT)).isInstanceOf(CallbackParseException.class);
        }
    }

    @Test
    void a_decrypted_trade_without_order_number_is_unreadable() {
        String tradeInfo = CRYPTO.encrypt("Status=SUCCESS&Amt=30");
        assertThatThrownBy(() -> NotifyMessage.of(notify(MERCHANT, tradeInfo, CRYPTO.tradeSha(tradeInfo)))
                .trade(CRYPTO, MERCHANT)).isInstanceOf(CallbackParseException.class);
    }

    @Test
    void the_checkouts_own_trade_info_is_no_notification_though_its_trade_sha_is_right() {
        Map<String, String> checkout = MpgTradeInfo.of(NewebPayFixtures.payment(3000), MERCHANT, 1_700_000_000L,
                "https://hub.test/return", "https://hub.test/api/v1/callbacks/newebpay", "https://hub.test/return");
        String tradeInfo = CRYPTO.encrypt(FormEncoding.encode(checkout));
        NotifyMessage message = NotifyMessage.of(notify(MERCHANT, tradeInfo, CRYPTO.tradeSha(tradeInfo)));

        message.verify(CRYPTO, MERCHANT);
        assertThatThrownBy(() -> message.trade(CRYPTO, MERCHANT)).isInstanceOf(CallbackRejectedException.class)
                .hasMessageContaining("not a NewebPay answer");
    }

    @Test
    void a_body_that_is_not_a_form_is_unreadable() {
        CallbackRequest request = new CallbackRequest(Map.of(), Map.of(),
                "TradeInfo=%zz".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> NotifyMessage.of(request)).isInstanceOf(CallbackParseException.class);
    }

    static CallbackRequest notify(String merchantId, String tradeInfo, String tradeSha) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("Status", "SUCCESS");
        form.put("MerchantID", merchantId);
        form.put("Version", "2.0");
        form.put("TradeInfo", tradeInfo);
        form.put("TradeSha", tradeSha);
        return new CallbackRequest(Map.of(), Map.of(), FormEncoding.encode(form).getBytes(StandardCharsets.UTF_8));
    }
}
