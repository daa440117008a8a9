package io.paymenthub.gateway.begateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paymenthub.gateway.spi.PaymentLookup;
import io.paymenthub.gateway.spi.StatusReport;
import io.paymenthub.money.Money;
import io.paymenthub.payment.PaymentStatus;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class TransactionReportTest {

    /** The webhook fixture of BeGateway's PHP SDK (tests/WebhookTest.php), with the hub's tracking id. */
    static final String PHP_SDK_WEBHOOK = """
            {"transaction":{"customer":{"ip":"127.0.0.1","email":"john@example.com"},
             "credit_card":{"holder":"John Doe","stamp":"3709786942408b77017a3aac8390d46d77d181e34554df527a71919a856d0f28",
              "token":"d46d77d181e34554df527a71919a856d0f283709786942408b77017a3aac8390","brand":"visa","last_4":"0000",
              "first_1":"4","exp_month":5,"exp_year":2015},
             "billing_address":{"first_name":"John","last_name":"Doe","address":"1st Street","country":"US",
              "city":"Denver","zip":"96002","state":"CO","phone":null},
             "payment":{"auth_code":"654321","bank_code":"05","rrn":"999","ref_id":"777888",
              "message":"Payment was approved","gateway_id":317,
              "billing_descriptor":"TEST GATEWAY BILLING DESCRIPTOR","status":"successful"},
             "uid":"1-310b0da80b","status":"successful","message":"Successfully processed","amount":100,"test":true,
             "currency":"USD","description":"Test order","tracking_id":"pay_0123456789ab","type":"payment",
             "payment_method_type":"credit_card"}}
            """;

    static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    @Test
    void reads_the_documented_nested_shape_of_the_php_sdk_fixture() {
        StatusReport report = TransactionReport.of(json(PHP_SDK_WEBHOOK));
        assertThat(report.status()).isEqualTo(PaymentStatus.SUCCESSFUL);
        assertThat(report.amount()).isEqualTo(Money.of(100, "USD"));
        assertThat(report.gatewayUid()).isEqualTo("1-310b0da80b");
        assertThat(report.lookup()).isEqualTo(new PaymentLookup(null, "pay_0123456789ab", null, "1-310b0da80b"));
        assertThat(report.card()).isEqualTo(new StatusReport.CardSummary("visa", "0000"));
        assertThat(report.detail()).doesNotContain("3709786942408b77", "John Doe");
    }

    @Test
    void reads_the_seeds_flat_shape() {
        StatusReport report = TransactionReport.of(json("""
                {"payment_token_id":"pt_0123456789abcdef0123456789abcdef","status":"successful","uid":"gateway_uid",
                 "metadata":{"payment_token_id":"pt_0123456789abcdef0123456789abcdef","user_id":"user_1"}}"""));
        assertThat(report.status()).isEqualTo(PaymentStatus.SUCCESSFUL);
        assertThat(report.amount()).isNull();
        assertThat(report.lookup().token()).isEqualTo("pt_0123456789abcdef0123456789abcdef");
        assertThat(report.lookup().gatewayUid()).isEqualTo("gateway_uid");
    }

    @Test
    void correlates_by_payment_token_id_then_tracking_id_then_uid() {
        StatusReport inMetadata = TransactionReport.of(json("""
                {"transaction":{"uid":"u1","status":"failed","tracking_id":"pay_aaaaaaaaaaaa",
                 "metadata":{"payment_token_id":"pt_11111111111111111111111111111111"}}}"""));
        assertThat(inMetadata.lookup()).isEqualTo(
                new PaymentLookup("pt_11111111111111111111111111111111", "pay_aaaaaaaaaaaa", null, "u1"));

        StatusReport rootWins = TransactionReport.of(json("""
                {"payment_token_id":"pt_22222222222222222222222222222222",
                 "metadata":{"payment_token_id":"pt_33333333333333333333333333333333"},"status":"pending","uid":"u2"}"""));
        assertThat(rootWins.lookup().token()).isEqualTo("pt_22222222222222222222222222222222");

        StatusReport onlyUid = TransactionReport.of(json("{\"transaction\":{\"uid\":\"u3\",\"status\":\"expired\"}}"));
        assertThat(onlyUid.lookup()).isEqualTo(new PaymentLookup(null, null, null, "u3"));
        assertThat(onlyUid.status()).isEqualTo(PaymentStatus.EXPIRED);
    }

    @Test
    void a_payment_token_id_that_is_a_database_id_names_the_payment_by_id() {
        StatusReport report = TransactionReport.of(json(
                "{\"status\":\"successful\",\"uid\":\"u\",\"payment_token_id\":\"pay_bbbbbbbbbbbb\"}"));
        assertThat(report.lookup()).isEqualTo(new PaymentLookup(null, "pay_bbbbbbbbbbbb", null, "u"));
    }

    @Test
    void a_successful_authorization_reports_authorized() {
        StatusReport report = TransactionReport.of(json(
                "{\"transaction\":{\"uid\":\"a1\",\"status\":\"successful\",\"type\":\"authorization\",\"amount\":90,\"currency\":\"EUR\"}}"));
        assertThat(report.status()).isEqualTo(PaymentStatus.AUTHORIZED);
    }

    @Test
    void a_refund_notification_changes_nothing_and_compares_no_amount() {
        StatusReport report = TransactionReport.of(json("""
                {"transaction":{"uid":"r1","parent_uid":"p1","status":"successful","type":"refund","amount":50,
                 "currency":"EUR","tracking_id":"pay_cccccccccccc"}}"""));
        assertThat(report.status()).isNull();
        assertThat(report.amount()).isNull();
        assertThat(report.lookup()).isEqualTo(new PaymentLookup(null, "pay_cccccccccccc", null, "p1"));
    }

    @Test
    void a_successful_void_cancels_by_its_parent() {
        StatusReport report = TransactionReport.of(json(
                "{\"transaction\":{\"uid\":\"v1\",\"parent_uid\":\"a1\",\"status\":\"successful\",\"type\":\"void\"}}"));
        assertThat(report.status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(report.gatewayUid()).isNull();
    }

    @Test
    void a_message_without_status_or_uid_is_unreadable() {
        assertThatThrownBy(() -> TransactionReport.of(json("{\"hello\":1}"))).isInstanceOf(IllegalArgumentException.class);
    }
}
