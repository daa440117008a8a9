package io.paymenthub.gateway.epayment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paymenthub.gateway.spi.CallbackParseException;
import io.paymenthub.gateway.spi.StatusReport;
import io.paymenthub.money.Money;
import io.paymenthub.payment.PaymentStatus;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PostLinkReportsTest {

    private static final String INVOICE = "100000000042";

    private static String postLink(String code, String amount) {
        return "{\"code\":\"" + code + "\",\"invoiceId\":\"" + INVOICE + "\",\"amount\":" + amount
                + ",\"currency\":\"KZT\",\"terminal\":\"67890\",\"id\":\"tx-1\",\"cardMask\":\"440043******6333\","
                + "\"reason\":\"" + ("ok".equals(code) ? "success" : "Do not honor") + "\",\"reasonCode\":\""
                + ("ok".equals(code) ? "00" : "05") + "\",\"secret_hash\":\"h\"}";
    }

    private static CheckedStatus checked(PaymentStatus status, String amount) {
        return new CheckedStatus(INVOICE, StatusNames.ResultCode.SUCCESS, status, "tx-1",
                amount == null ? null : new BigDecimal(amount), "KZT", "440043******6333", null, "check " + status);
    }

    @Test
    void an_ok_confirmed_by_check_status_reports_what_check_status_says() {
        StatusReport report = PostLinkReports.of(PostLink.parse(postLink("ok", "100.5")),
                invoice -> checked(PaymentStatus.SUCCESSFUL, "100.50"));
        assertThat(report.status()).isEqualTo(PaymentStatus.SUCCESSFUL);
        assertThat(report.amount()).isEqualTo(Money.of(10050, "KZT"));
        assertThat(report.lookup().gatewayReference()).isEqualTo(INVOICE);
        assertThat(report.gatewayUid()).isEqualTo("tx-1");
        assertThat(report.card().last4()).isEqualTo("6333");
    }

    @Test
    void an_ok_that_check_status_contradicts_is_never_a_success() {
        StatusReport pending = PostLinkReports.of(PostLink.parse(postLink("ok", "100.5")),
                invoice -> checked(PaymentStatus.PENDING, "100.5"));
        assertThat(pending.status()).isEqualTo(PaymentStatus.PENDING);
        StatusReport failed = PostLinkReports.of(PostLink.parse(postLink("ok", "100.5")),
                invoice -> checked(PaymentStatus.FAILED, null));
        assertThat(failed.status()).isEqualTo(PaymentStatus.FAILED);
    }

    @Test
    void an_ok_that_check_status_cannot_confirm_stays_unknown() {
        StatusReport report = PostLinkReports.of(PostLink.parse(postLink("ok", "100.5")),
                invoice -> CheckedStatus.unknown(invoice, "timeout"));
        assertThat(report.isKnown()).isFalse();
        assertThat(report.amount()).isEqualTo(Money.of(10050, "KZT"));
    }

    @Test
    void an_ok_whose_amount_check_status_does_not_know_stays_unknown() {
        StatusReport report = PostLinkReports.of(PostLink.parse(postLink("ok", "100.5")),
                invoice -> checked(PaymentStatus.SUCCESSFUL, "1.00"));
        assertThat(report.isKnown()).isFalse();
    }

    @Test
    void an_ok_that_check_status_calls_paid_without_an_amount_stays_unknown() {
        StatusReport report = PostLinkReports.of(PostLink.parse(postLink("ok", "100.5")),
                invoice -> checked(PaymentStatus.SUCCESSFUL, null));
        assertThat(report.isKnown()).isFalse();
    }

    @Test
    void an_error_that_check_status_calls_paid_is_reported_at_check_status_amount_or_not_at_all() {
        String withoutAmount = postLink("error", "100.5").replace("\"amount\":100.5,", "");
        StatusReport paid = PostLinkReports.of(PostLink.parse(withoutAmount),
                invoice -> checked(PaymentStatus.SUCCESSFUL, "100.5"));
        assertThat(paid.status()).isEqualTo(PaymentStatus.SUCCESSFUL);
        assertThat(paid.amount()).isEqualTo(Money.of(10050, "KZT"));

        StatusReport otherAmount = PostLinkReports.of(PostLink.parse(postLink("error", "100.5")),
                invoice -> checked(PaymentStatus.SUCCESSFUL, "1.5"));
        assertThat(otherAmount.isKnown()).isFalse();
        StatusReport noAmount = PostLinkReports.of(PostLink.parse(withoutAmount),
                invoice -> checked(PaymentStatus.SUCCESSFUL, null));
        assertThat(noAmount.isKnown()).isFalse();
    }

    @Test
    void an_error_is_declined_by_its_reason() {
        StatusReport report = PostLinkReports.of(PostLink.parse(postLink("error", "100.5")),
                invoice -> CheckedStatus.unknown(invoice, "102"));
        assertThat(report.status()).isEqualTo(PaymentStatus.DECLINED);
    }

    @Test
    void seed_004_spelling_is_read_too() {
        PostLink link = PostLink.parse("{\"code\":\"ok\",\"invoiceId\":\"" + INVOICE + "\",\"amount\":10000,"
                + "\"currency\":\"KZT\",\"transactionId\":\"TXN-789012\",\"terminal\":\"67890\",\"cardId\":\"c-1\"}");
        assertThat(link.transactionId()).isEqualTo("TXN-789012");
        assertThat(link.cardId()).isEqualTo("c-1");
        assertThat(link.money()).isEqualTo(Money.of(1_000_000, "KZT"));
    }

    @Test
    void a_body_that_is_not_a_post_link_cannot_be_parsed() {
        assertThatThrownBy(() -> PostLink.parse("not json")).isInstanceOf(CallbackParseException.class);
        assertThatThrownBy(() -> PostLink.parse("{\"code\":\"ok\"}")).isInstanceOf(CallbackParseException.class);
        assertThatThrownBy(() -> PostLinkReports.of(PostLink.parse("{\"code\":\"ok\",\"invoiceId\":\"123456\"}"),
                invoice -> CheckedStatus.unknown(invoice, "")))
                .isInstanceOf(CallbackParseException.class);
    }
}
