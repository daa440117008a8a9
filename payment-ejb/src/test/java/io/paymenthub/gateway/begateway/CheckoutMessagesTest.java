package io.paymenthub.gateway.begateway;

import static io.paymenthub.gateway.begateway.TransactionReportTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.gateway.spi.PaymentLookup;
import io.paymenthub.gateway.spi.PaymentSnapshot;
import io.paymenthub.gateway.spi.StatusReport;
import io.paymenthub.money.Money;
import io.paymenthub.payment.CaptureMode;
import io.paymenthub.payment.PayerLocale;
import io.paymenthub.payment.PaymentStatus;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckoutMessagesTest {

    static PaymentSnapshot payment(CaptureMode mode) {
        return new PaymentSnapshot("pay_0123456789ab", "pt_0123456789abcdef0123456789abcdef", "begateway",
                PaymentStatus.CREATED, Money.of(200, "EUR"), Money.of(0, "EUR"), "Credit purchase: 100 credits",
                "credits:100", "user_123", "a@b.example", mode, true, null, null, Map.of(), Instant.EPOCH, "app1");
    }

    @Test
    void the_checkout_page_speaks_the_payers_language_when_the_merchant_chose_one() {
        PaymentSnapshot p = payment(CaptureMode.AUTOMATIC);
        assertThat(CheckoutRequest.of(p, "https://hub/r", "https://hub/n", Instant.EPOCH).getJsonObject("checkout")
                .getJsonObject("settings").containsKey("language")).isFalse();
        for (var expected : Map.of(PayerLocale.KA, "ka", PayerLocale.KK, "kk", PayerLocale.ZH_TW, "zh",
                PayerLocale.RU, "ru").entrySet()) {
            PaymentSnapshot localised = new PaymentSnapshot(p.id(), p.token(), p.gateway(), p.status(), p.amount(),
                    p.captured(), p.description(), p.reference(), p.customerId(), p.customerEmail(), p.captureMode(),
                    p.testMode(), p.gatewayUid(), p.gatewayReference(), p.metadata(), p.createdAt(), p.appId(),
                    expected.getKey());
            assertThat(CheckoutRequest.of(localised, "https://hub/r", "https://hub/n", Instant.EPOCH).getJsonObject("checkout")
                    .getJsonObject("settings").getString("language")).isEqualTo(expected.getValue());
        }
    }

    @Test
    void the_checkout_request_carries_minor_units_tracking_id_urls_and_the_token() {
        JsonObject checkout = CheckoutRequest.of(payment(CaptureMode.AUTOMATIC), "https://hub/return?token=pt_x",
                "https://hub/api/v1/callbacks/begateway", Instant.parse("2026-12-07T21:24:13.512Z"))
                .getJsonObject("checkout");
        assertThat(checkout.getJsonNumber("version").doubleValue()).isEqualTo(2.1);
        assertThat(checkout.getString("transaction_type")).isEqualTo("payment");
        assertThat(checkout.getBoolean("test")).isTrue();
        JsonObject order = checkout.getJsonObject("order");
        assertThat(order.getJsonNumber("amount").isIntegral()).isTrue();
        assertThat(order.getJsonNumber("amount").longValue()).isEqualTo(200);
        assertThat(order.getString("currency")).isEqualTo("EUR");
        assertThat(order.getString("tracking_id")).isEqualTo("pay_0123456789ab");
        assertThat(order.getString("expired_at")).isEqualTo("2026-12-07T21:24:13+00:00");
        assertThat(checkout.getJsonObject("settings").getString("notification_url"))
                .isEqualTo("https://hub/api/v1/callbacks/begateway");
        assertThat(checkout.getJsonObject("metadata").getString("payment_token_id"))
                .isEqualTo("pt_0123456789abcdef0123456789abcdef");
        assertThat(checkout.getJsonObject("customer").getString("email")).isEqualTo("a@b.example");
    }

    @Test
    void manual_capture_asks_for_an_authorization() {
        JsonObject checkout = CheckoutRequest.of(payment(CaptureMode.MANUAL), "r", "n", Instant.EPOCH).getJsonObject("checkout");
        assertThat(checkout.getString("transaction_type")).isEqualTo("authorization");
    }

    @Test
    void both_answer_shapes_give_the_token() {
        assertThat(CheckoutAnswer.of(json("{\"checkout\":{\"token\":\"t1\",\"redirect_url\":\"https://c/widget/hpp.html?token=t1\"}}")))
                .contains(new CheckoutAnswer("t1", "https://c/widget/hpp.html?token=t1"));
        assertThat(CheckoutAnswer.of(json("{\"token\":\"t2\"}"))).contains(new CheckoutAnswer("t2", null));
        assertThat(CheckoutAnswer.of(json("{\"checkout\":{\"redirect_url\":\"x\"}}"))).isEmpty();
        assertThat(CheckoutAnswer.of(null)).isEmpty();
    }

    @Test
    void a_refusal_keeps_the_gateways_words() {
        assertThat(CheckoutAnswer.errorMessage(json(
                "{\"response\":{\"message\":\"Currency is invalid\",\"errors\":{\"order.currency\":[\"is invalid\"]}}}")))
                .contains("Currency is invalid", "order.currency");
        assertThat(CheckoutAnswer.errorMessage(json("{}"))).isEqualTo("the answer carries no checkout token");
    }

    @Test
    void the_checkout_status_api_reports_the_transactions_status_and_the_order_amount() {
        PaymentLookup lookup = PaymentLookup.byToken("pt_x");
        StatusReport report = CheckoutStatusReport.of(json("""
                {"checkout":{"token":"t1","transaction_type":"payment","finished":true,
                 "gateway_response":{"payment":{"uid":"1891-5fcb2bda3b","status":"successful","message":"approved"}},
                 "order":{"currency":"GBP","amount":4299,"description":"New description"}}}"""), lookup);
        assertThat(report.status()).isEqualTo(PaymentStatus.SUCCESSFUL);
        assertThat(report.amount()).isEqualTo(Money.of(4299, "GBP"));
        assertThat(report.gatewayUid()).isEqualTo("1891-5fcb2bda3b");
        assertThat(report.lookup()).isEqualTo(lookup);
    }

    @Test
    void an_unfinished_checkout_is_pending_and_an_expired_one_expired() {
        PaymentLookup lookup = PaymentLookup.byToken("pt_x");
        assertThat(CheckoutStatusReport.of(json("{\"checkout\":{\"token\":\"t\",\"finished\":false}}"), lookup).status())
                .isEqualTo(PaymentStatus.PENDING);
        assertThat(CheckoutStatusReport.of(json("{\"checkout\":{\"token\":\"t\",\"expired\":true}}"), lookup).status())
                .isEqualTo(PaymentStatus.EXPIRED);
        assertThat(CheckoutStatusReport.of(json("{\"checkout\":{\"status\":\"incomplete\"}}"), lookup).status())
                .isEqualTo(PaymentStatus.PENDING);
    }
}
