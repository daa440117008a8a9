package io.paymenthub.gateway.bog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paymenthub.gateway.spi.StatusReport;
import io.paymenthub.money.Money;
import io.paymenthub.payment.PaymentStatus;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ReceiptTest {

    static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    static final String COMPLETED = """
            {"order_id":"ord-1","external_order_id":"pay_1","capture":"automatic",
             "order_status":{"key":"completed","value":"Payment completed"},
             "purchase_units":{"request_amount":"26.99","transfer_amount":"26.99","refund_amount":"0.00","currency_code":"GEL"},
             "payment_detail":{"transaction_id":"t-1","code":"100","code_description":"Successful payment",
                               "payer_identifier":"548888xxxxxx4455","card_type":"mc","card_expiry_date":"12/29"}}""";

    @Test
    void a_completed_receipt_names_the_payment_its_exact_amount_and_only_brand_and_last4() {
        StatusReport report = Receipt.of(json(COMPLETED));
        assertThat(report.status()).isEqualTo(PaymentStatus.SUCCESSFUL);
        assertThat(report.amount()).isEqualTo(Money.of(2699, "GEL"));
        assertThat(report.lookup().paymentId()).isEqualTo("pay_1");
        assertThat(report.lookup().gatewayUid()).isEqualTo("ord-1");
        assertThat(report.gatewayUid()).isEqualTo("ord-1");
        assertThat(report.card()).isEqualTo(new StatusReport.CardSummary("mc", "4455"));
        assertThat(report.detail()).contains("completed").contains("100").doesNotContain("548888");
    }

    @Test
    void a_rejected_receipt_is_a_decline_and_a_receipt_without_order_is_refused() {
        StatusReport report = Receipt.of(json("""
                {"order_id":"ord-2","external_order_id":"pay_2","order_status":{"key":"rejected"},
                 "purchase_units":{"request_amount":"5","currency_code":"USD"},"reject_reason":"expiration"}"""));
        assertThat(report.status()).isEqualTo(PaymentStatus.DECLINED);
        assertThat(report.amount()).isEqualTo(Money.of(500, "USD"));
        assertThat(report.card()).isNull();
        assertThatThrownBy(() -> Receipt.of(json("{\"order_status\":{\"key\":\"completed\"}}")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
