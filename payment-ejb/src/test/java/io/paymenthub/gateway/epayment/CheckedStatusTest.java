package io.paymenthub.gateway.epayment;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.payment.PaymentStatus;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class CheckedStatusTest {

    private static CheckedStatus of(String json) {
        JsonObject object = Json.parse(json);
        return CheckedStatus.of("100000000001", object);
    }

    @Test
    void result_100_reads_the_transaction() {
        CheckedStatus checked = of("{\"resultCode\":\"100\",\"resultMessage\":\"SUCCESS\",\"transaction\":{\"id\":\"tx-9\","
                + "\"invoiceID\":\"100000000001\",\"amount\":100.50,\"currency\":\"KZT\",\"statusName\":\"AUTH\","
                + "\"cardMask\":\"440043******6333\",\"cardID\":\"c-1\"}}");
        assertThat(checked.status()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(checked.transactionId()).isEqualTo("tx-9");
        assertThat(checked.cardId()).isEqualTo("c-1");
        assertThat(checked.report().gatewayUid()).isEqualTo("tx-9");
        assertThat(checked.report().card().last4()).isEqualTo("6333");
        assertThat(checked.report().lookup().gatewayReference()).isEqualTo("100000000001");
    }

    @Test
    void a_payment_is_reported_with_its_amount_and_currency_or_not_at_all() {
        CheckedStatus charged = of("{\"resultCode\":\"100\",\"transaction\":{\"amount\":1.5,\"currency\":\"KZT\","
                + "\"statusName\":\"CHARGE\"}}");
        assertThat(charged.report().amount()).isEqualTo(io.paymenthub.money.Money.of(150, "KZT"));
        for (String transaction : new String[] {"\"statusName\":\"CHARGE\"",
                "\"amount\":1.5,\"statusName\":\"AUTH\"", "\"currency\":\"KZT\",\"statusName\":\"CHARGE\""}) {
            CheckedStatus checked = of("{\"resultCode\":\"100\",\"transaction\":{" + transaction + "}}");
            assertThat(checked.report().isKnown()).as(transaction).isFalse();
        }
    }

    @Test
    void result_101_is_a_decline() {
        assertThat(of("{\"resultCode\":101,\"resultMessage\":\"REJECT\"}").status()).isEqualTo(PaymentStatus.DECLINED);
    }

    @Test
    void not_found_try_later_and_configuration_errors_leave_the_status_unknown() {
        for (String code : new String[] {"102", "103", "104", "106", "107", "109"}) {
            CheckedStatus checked = of("{\"resultCode\":\"" + code + "\",\"resultMessage\":\"m\"}");
            assertThat(checked.isKnown()).as(code).isFalse();
            assertThat(checked.report().isKnown()).isFalse();
            assertThat(checked.detail()).contains(code);
        }
    }

    @Test
    void an_undocumented_status_name_is_unknown() {
        assertThat(of("{\"resultCode\":\"100\",\"transaction\":{\"statusName\":\"APPROVED\"}}").isKnown()).isFalse();
    }
}
