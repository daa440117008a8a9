package io.paymenthub.gateway.newebpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paymenthub.gateway.spi.StatusReport;
import io.paymenthub.money.Money;
import io.paymenthub.payment.PaymentStatus;
import org.junit.jupiter.api.Test;

class TradeResultsTest {

    static final String ORDER = "pay_0123456789abcdef01234567";

    @Test
    void reads_a_json_result_and_maps_success_to_successful() {
        TradeResult trade = TradeResults.parse("{\"Status\":\"SUCCESS\",\"Message\":\"授權成功\",\"Result\":{"
                + "\"MerchantID\":\"MS123\",\"Amt\":30,\"TradeNo\":\"23092714215835071\",\"MerchantOrderNo\":\"" + ORDER
                + "\",\"PaymentType\":\"CREDIT\",\"RespondCode\":\"00\",\"Auth\":\"123456\",\"Card6No\":\"400022\","
                + "\"Card4No\":\"1111\",\"PayTime\":\"2026-11-24 10:00:00\"}}");

        StatusReport report = trade.notification(false);

        assertThat(trade.merchantId()).isEqualTo("MS123");
        assertThat(report.status()).isEqualTo(PaymentStatus.SUCCESSFUL);
        assertThat(report.amount()).isEqualTo(Money.of(3000, "TWD"));
        assertThat(report.lookup().gatewayReference()).isEqualTo(ORDER);
        assertThat(report.gatewayUid()).isEqualTo("23092714215835071");
        assertThat(report.card().last4()).isEqualTo("1111");
        assertThat(report.detail()).contains("SUCCESS", "授權成功", "CREDIT");
    }

    @Test
    void reads_a_json_result_given_as_a_nested_string() {
        TradeResult trade = TradeResults.parse("{\"Status\":\"SUCCESS\",\"Message\":\"ok\",\"Result\":"
                + "\"{\\\"MerchantID\\\":\\\"MS123\\\",\\\"Amt\\\":\\\"30\\\",\\\"MerchantOrderNo\\\":\\\"" + ORDER + "\\\"}\"}");
        assertThat(trade.amt()).isEqualTo("30");
        assertThat(trade.merchantOrderNo()).isEqualTo(ORDER);
    }

    @Test
    void reads_a_string_result() {
        TradeResult trade = TradeResults.parse("Status=SUCCESS&Message=%E6%8E%88%E6%AC%8A%E6%88%90%E5%8A%9F"
                + "&MerchantID=MS123&Amt=30&TradeNo=23092714215835071&MerchantOrderNo=" + ORDER
                + "&PaymentType=CREDIT&RespondCode=00&Card4No=1111");
        StatusReport report = trade.notification(false);
        assertThat(trade.message()).isEqualTo("授權成功");
        assertThat(report.status()).isEqualTo(PaymentStatus.SUCCESSFUL);
        assertThat(report.amount()).isEqualTo(Money.of(3000, "TWD"));
        assertThat(report.lookup().gatewayReference()).isEqualTo(ORDER);
    }

    @Test
    void a_refusal_by_the_bank_is_declined_and_keeps_the_message() {
        StatusReport report = TradeResults.parse("{\"Status\":\"MPG03008\",\"Message\":\"授權失敗\",\"Result\":{"
                + "\"MerchantID\":\"MS123\",\"Amt\":30,\"MerchantOrderNo\":\"" + ORDER + "\",\"RespondCode\":\"05\"}}")
                .notification(false);
        assertThat(report.status()).isEqualTo(PaymentStatus.DECLINED);
        assertThat(report.detail()).contains("MPG03008", "授權失敗");
    }

    @Test
    void another_error_is_a_failure_and_keeps_the_message() {
        StatusReport report = TradeResults.parse("Status=MPG02005&Message=timeout&MerchantOrderNo=" + ORDER)
                .notification(false);
        assertThat(report.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(report.amount()).isNull();
        assertThat(report.detail()).contains("MPG02005", "timeout");
    }

    @Test
    void a_success_without_amt_is_unreadable() {
        TradeResult trade = TradeResults.parse("Status=SUCCESS&MerchantOrderNo=" + ORDER);
        assertThatThrownBy(() -> trade.notification(false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void maps_the_query_trade_status() {
        assertThat(queried("1").status()).isEqualTo(PaymentStatus.SUCCESSFUL);
        assertThat(queried("0").status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(queried("2").status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(queried("3").status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(queried("6").isKnown()).isFalse();
        assertThat(queried("1").amount()).isEqualTo(Money.of(3000, "TWD"));
    }

    @Test
    void refuses_text_that_is_neither_json_nor_a_form() {
        assertThatThrownBy(() -> TradeResults.parse("garbage")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TradeResults.parse("{\"Status\":")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TradeResults.parse("[1,2]")).isInstanceOf(IllegalArgumentException.class);
    }

    private static StatusReport queried(String tradeStatus) {
        return TradeResults.parse("{\"Status\":\"SUCCESS\",\"Message\":\"查詢成功\",\"Result\":{\"MerchantID\":\"MS123\","
                + "\"Amt\":30,\"TradeNo\":\"T1\",\"MerchantOrderNo\":\"" + ORDER + "\",\"TradeStatus\":\"" + tradeStatus
                + "\",\"CheckCode\":\"X\"}}").queried(false);
    }
}
