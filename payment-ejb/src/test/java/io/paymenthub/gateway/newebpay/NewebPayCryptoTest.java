package io.paymenthub.gateway.newebpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class NewebPayCryptoTest {

    static final String KEY = "12345678901234567890123456789012";
    static final String IV = "1234567890123456";
    static final NewebPayCrypto CRYPTO = new NewebPayCrypto(KEY, IV);

    /** The published example of NewebPay's MPG manual (GATEWAYS.md). */
    static final String MANUAL_PLAINTEXT = "MerchantID=3430112&RespondType=JSON&TimeStamp=1485232229&Version=1.4"
            + "&MerchantOrderNo=S_1485232229&Amt=40&ItemDesc=UnitTest";
    static final String MANUAL_TRADE_INFO = "ff91c8aa01379e4de621a44e5f11f72e4d25bdb1a18242db6cef9ef07d80b0165e476fd1"
            + "d9acaa53170272c82d122961e1a0700a7427cfa1cf90db7f6d6593bbc93102a4d4b9b66d9974c13c31a7ab4bba1d4e0790f0cbbbd"
            + "7ad64c6d3c8012a601ceaa808bff70f94a8efa5a4f984b9d41304ffd879612177c622f75f4214fa";
    static final String MANUAL_TRADE_SHA = "EA0A6CC37F40C1EA5692E7CBB8AE097653DF3E91365E6A9CD7E91312413C7BB8";

    @Test
    void encrypts_the_manuals_example_to_its_published_trade_info() {
        assertThat(CRYPTO.encrypt(MANUAL_PLAINTEXT)).isEqualTo(MANUAL_TRADE_INFO);
    }

    @Test
    void signs_the_manuals_example_with_its_published_trade_sha() {
        assertThat(CRYPTO.tradeSha(MANUAL_TRADE_INFO)).isEqualTo(MANUAL_TRADE_SHA);
        assertThat(CRYPTO.isTradeSha(MANUAL_TRADE_INFO, MANUAL_TRADE_SHA)).isTrue();
        assertThat(CRYPTO.isTradeSha(MANUAL_TRADE_INFO, MANUAL_TRADE_SHA.toLowerCase())).isTrue();
    }

    @Test
    void decrypts_the_manuals_example_and_round_trips_unicode() {
        assertThat(CRYPTO.decrypt(MANUAL_TRADE_INFO)).isEqualTo(MANUAL_PLAINTEXT);
        String text = "ItemDesc=" + FormEncoding.encode("點數 100 點") + "&Amt=30";
        assertThat(CRYPTO.decrypt(CRYPTO.encrypt(text))).isEqualTo(text);
        assertThat(CRYPTO.decrypt(CRYPTO.encrypt(""))).isEmpty();
    }

    @Test
    void refuses_a_wrong_or_missing_trade_sha() {
        assertThat(CRYPTO.isTradeSha(MANUAL_TRADE_INFO, MANUAL_TRADE_SHA.replace('E', 'F'))).isFalse();
        assertThat(CRYPTO.isTradeSha(MANUAL_TRADE_INFO + "00", MANUAL_TRADE_SHA)).isFalse();
        assertThat(CRYPTO.isTradeSha(MANUAL_TRADE_INFO, "")).isFalse();
        assertThat(CRYPTO.isTradeSha(MANUAL_TRADE_INFO, null)).isFalse();
    }

    @Test
    void refuses_trade_info_that_is_not_hex() {
        assertThatThrownBy(() -> CRYPTO.decrypt("zz" + MANUAL_TRADE_INFO.substring(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hexadecimal");
        assertThatThrownBy(() -> CRYPTO.decrypt(MANUAL_TRADE_INFO.substring(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hexadecimal");
        assertThatThrownBy(() -> CRYPTO.decrypt("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuses_trade_info_that_is_not_whole_blocks() {
        assertThatThrownBy(() -> CRYPTO.decrypt(MANUAL_TRADE_INFO.substring(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AES blocks");
    }

    @Test
    void refuses_trade_info_with_bad_padding() {
        NewebPayCrypto otherKey = new NewebPayCrypto("abcdefghijabcdefghijabcdefghij12", IV);
        String corrupted = MANUAL_TRADE_INFO.substring(0, MANUAL_TRADE_INFO.length() - 2) + "00";
        assertThatThrownBy(() -> otherKey.decrypt(MANUAL_TRADE_INFO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("padding");
        assertThatThrownBy(() -> CRYPTO.decrypt(corrupted))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("padding");
    }

    @Test
    void check_value_is_the_upper_case_sha256_of_the_sorted_query_between_iv_and_key() {
        assertThat(CRYPTO.checkValue(30, "MS123", "pay_0123456789abcdef01234567")).isEqualTo(sha256(
                "IV=1234567890123456&Amt=30&MerchantID=MS123&MerchantOrderNo=pay_0123456789abcdef01234567"
                        + "&Key=12345678901234567890123456789012"));
    }

    @Test
    void check_code_is_the_upper_case_sha256_of_the_answer_between_hash_iv_and_hash_key() {
        assertThat(CRYPTO.checkCode("30", "MS123", "pay_0123456789abcdef01234567", "23092714215835071"))
                .isEqualTo(sha256("HashIV=1234567890123456&Amt=30&MerchantID=MS123"
                        + "&MerchantOrderNo=pay_0123456789abcdef01234567&TradeNo=23092714215835071"
                        + "&HashKey=12345678901234567890123456789012"))
                .matches("[0-9A-F]{64}");
    }

    @Test
    void refuses_keys_of_the_wrong_length_without_showing_them() {
        assertThatThrownBy(() -> new NewebPayCrypto("short-secret-key", IV))
                .hasMessageContaining("NEWEBPAY_HASH_KEY").hasMessageNotContaining("short-secret-key");
        assertThatThrownBy(() -> new NewebPayCrypto(KEY, "12345"))
                .hasMessageContaining("NEWEBPAY_HASH_IV").hasMessageNotContaining("12345\"");
        assertThat(CRYPTO.toString()).doesNotContain(KEY).doesNotContain(IV);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().withUpperCase().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
