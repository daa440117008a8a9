package io.paymenthub.gateway.newebpay;

import static io.paymenthub.gateway.newebpay.NewebPayFixtures.MERCHANT;
import static io.paymenthub.gateway.newebpay.NewebPayFixtures.PAYMENT_ID;
import static io.paymenthub.gateway.newebpay.NewebPayFixtures.payment;
import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.gateway.spi.StatusReport;
import io.paymenthub.money.Money;
import io.paymenthub.payment.PaymentStatus;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** QueryTradeInfo against a local HTTP server playing NewebPay. */
class TradeQueryTest {

    private static final NewebPayCrypto CRYPTO = NewebPayCryptoTest.CRYPTO;

    private NewebPayStub newebpay;
    private TradeQuery query;

    @BeforeEach
    void start() throws IOException {
        newebpay = new NewebPayStub();
        query = new TradeQuery();
        query.config = newebpay.config();
        query.clock = Clock.fixed(Instant.ofEpochSecond(1_700_000_000), ZoneOffset.UTC);
        query.api = NewebPayFixtures.api();
    }

    @AfterEach
    void stop() {
        newebpay.close();
    }

    @Test
    void asks_with_check_value_and_believes_a_verified_paid_answer() {
        newebpay.answer = answer("1", CRYPTO.checkCode("30", MERCHANT, PAYMENT_ID, "T1"));

        StatusReport report = query.query(payment(3000));

        assertThat(FormEncoding.decode(newebpay.received)).containsExactly(Map.entry("MerchantID", MERCHANT),
                Map.entry("Version", "1.3"), Map.entry("RespondType", "JSON"),
                Map.entry("CheckValue", CRYPTO.checkValue(30, MERCHANT, PAYMENT_ID)),
                Map.entry("TimeStamp", "1700000000"), Map.entry("MerchantOrderNo", PAYMENT_ID), Map.entry("Amt", "30"));
        assertThat(report.status()).isEqualTo(PaymentStatus.SUCCESSFUL);
        assertThat(report.amount()).isEqualTo(Money.of(3000, "TWD"));
        assertThat(report.gatewayUid()).isEqualTo("T1");
    }

    @Test
    void an_answer_with_a_wrong_check_code_is_not_known() {
        newebpay.answer = answer("1", CRYPTO.checkCode("31", MERCHANT, PAYMENT_ID, "T1"));
        assertThat(query.query(payment(3000)).isKnown()).isFalse();
    }

    @Test
    void a_server_error_or_a_refused_query_is_not_known_never_failed() {
        newebpay.status = 503;
        assertThat(query.query(payment(3000)).isKnown()).isFalse();
        newebpay.status = 200;
        newebpay.answer = "{\"Status\":\"TRA10021\",\"Message\":\"查無資料\",\"Result\":[]}";
        assertThat(query.query(payment(3000)).isKnown()).isFalse();
        newebpay.answer = "<html>maintenance</html>";
        assertThat(query.query(payment(3000)).isKnown()).isFalse();
    }

    @Test
    void an_unreachable_gateway_is_not_known() {
        newebpay.close();
        assertThat(query.query(payment(3000)).isKnown()).isFalse();
    }

    private static String answer(String tradeStatus, String checkCode) {
        return "{\"Status\":\"SUCCESS\",\"Message\":\"查詢成功\",\"Result\":{\"MerchantID\":\"" + MERCHANT
                + "\",\"Amt\":30,\"TradeNo\":\"T1\",\"MerchantOrderNo\":\"" + PAYMENT_ID + "\",\"TradeStatus\":\""
                + tradeStatus + "\",\"PaymentType\":\"CREDIT\",\"CheckCode\":\"" + checkCode + "\"}}";
    }
}
