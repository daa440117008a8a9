package io.paymenthub.gateway.newebpay;

import static io.paymenthub.gateway.newebpay.NewebPayFixtures.MERCHANT;
import static io.paymenthub.gateway.newebpay.NewebPayFixtures.PAYMENT_ID;
import static io.paymenthub.gateway.newebpay.NewebPayFixtures.TOKEN;
import static io.paymenthub.gateway.newebpay.NewebPayFixtures.payment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paymenthub.config.HubUrls;
import io.paymenthub.gateway.spi.CallbackParseException;
import io.paymenthub.gateway.spi.Checkout;
import io.paymenthub.gateway.spi.CheckoutResult;
import io.paymenthub.gateway.spi.StatusReport;
import io.paymenthub.money.Money;
import io.paymenthub.payment.CaptureMode;
import io.paymenthub.payment.PaymentStatus;
import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class NewebPayGatewayTest {

    private final NewebPayGateway gateway = gateway();

    @Test
    void opens_a_form_checkout_with_the_four_mpg_fields() {
        CheckoutResult result = gateway.createCheckout(payment(3000));

        Checkout checkout = result.checkout();
        assertThat(checkout.type()).isEqualTo(Checkout.Type.FORM);
        assertThat(checkout.method()).isEqualTo("POST");
        assertThat(checkout.url()).isEqualTo("http://sim.test/MPG/mpg_gateway");
        assertThat(checkout.fields()).containsOnlyKeys("MerchantID", "TradeInfo", "TradeSha", "Version")
                .containsEntry("MerchantID", MERCHANT).containsEntry("Version", "2.0");
        assertThat(checkout.fields().get("TradeInfo")).matches("[0-9a-f]+");
        assertThat(checkout.fields().get("TradeSha"))
                .isEqualTo(NewebPayCryptoTest.CRYPTO.tradeSha(checkout.fields().get("TradeInfo")));
        assertThat(result.gatewayReference()).isEqualTo(PAYMENT_ID);
    }

    @Test
    void the_trade_info_carries_the_order_in_whole_dollars_and_the_hubs_urls() {
        Checkout checkout = gateway.createCheckout(payment(3000)).checkout();

        String plaintext = NewebPayCryptoTest.CRYPTO.decrypt(checkout.fields().get("TradeInfo"));
        String back = "https%3A%2F%2Fhub.test%2Fapi%2Fv1%2Freturn%2Fnewebpay%3Ftoken%3D" + TOKEN;
        assertThat(plaintext).isEqualTo("MerchantID=MS123&RespondType=JSON&TimeStamp=1700000000&Version=2.0"
                + "&MerchantOrderNo=" + PAYMENT_ID + "&Amt=30&ItemDesc=100+credits&Email=payer%40shop.example"
                + "&ReturnURL=" + back + "&NotifyURL=https%3A%2F%2Fhub.test%2Fapi%2Fv1%2Fcallbacks%2Fnewebpay"
                + "&ClientBackURL=" + back);
    }

    @Test
    void refuses_twd_amounts_with_cents_other_currencies_and_manual_capture() {
        assertThatThrownBy(() -> gateway.validate(payment(3050)))
                .extracting(e -> ((HubException) e).code()).isEqualTo(ProblemCode.INVALID_AMOUNT);
        assertThatThrownBy(() -> gateway.validate(payment(3000, "EUR", CaptureMode.AUTOMATIC)))
                .extracting(e -> ((HubException) e).code()).isEqualTo(ProblemCode.INVALID_CURRENCY);
        assertThatThrownBy(() -> gateway.validate(payment(3000, "TWD", CaptureMode.MANUAL)))
                .extracting(e -> ((HubException) e).code()).isEqualTo(ProblemCode.INVALID_REQUEST);
        gateway.validate(payment(3000));
    }

    @Test
    void a_store_that_captures_on_request_takes_only_manual_payments_and_their_notifications_authorize() {
        gateway.config.capture = "manual";
        gateway.config.init();
        assertThatThrownBy(() -> gateway.validate(payment(3000)))
                .extracting(e -> ((HubException) e).code()).isEqualTo(ProblemCode.INVALID_REQUEST);
        gateway.validate(payment(3000, "TWD", CaptureMode.MANUAL));

        String tradeInfo = NewebPayCryptoTest.CRYPTO.encrypt(NotifyMessageTest.RESULT);
        var notify = NotifyMessageTest.notify(MERCHANT, tradeInfo, NewebPayCryptoTest.CRYPTO.tradeSha(tradeInfo));
        assertThat(gateway.parseCallback(notify).status()).isEqualTo(PaymentStatus.AUTHORIZED);
    }

    @Test
    void captures_and_refunds_of_cents_are_refused_before_newebpay_is_called() {
        assertThatThrownBy(() -> gateway.validateCapture(payment(3000), Money.of(1050, "TWD")))
                .extracting(e -> ((HubException) e).code()).isEqualTo(ProblemCode.INVALID_AMOUNT);
        assertThatThrownBy(() -> gateway.validateRefund(payment(3000), Money.of(1050, "TWD")))
                .extracting(e -> ((HubException) e).code()).isEqualTo(ProblemCode.INVALID_AMOUNT);
        gateway.validateRefund(payment(3000), Money.of(1000, "TWD"));
    }

    @Test
    void a_verified_notification_becomes_a_report_in_minor_units() {
        String tradeInfo = NewebPayCryptoTest.CRYPTO.encrypt(NotifyMessageTest.RESULT);
        var notify = NotifyMessageTest.notify(MERCHANT, tradeInfo, NewebPayCryptoTest.CRYPTO.tradeSha(tradeInfo));

        gateway.verifyCallback(notify);
        StatusReport report = gateway.parseCallback(notify);

        assertThat(report.status()).isEqualTo(PaymentStatus.SUCCESSFUL);
        assertThat(report.amount()).isEqualTo(Money.of(3000, "TWD"));
        assertThat(report.lookup().gatewayReference()).isEqualTo(PAYMENT_ID);
    }

    @Test
    void a_success_with_an_unreadable_amount_is_a_parse_error() {
        String tradeInfo = NewebPayCryptoTest.CRYPTO.encrypt(NotifyMessageTest.RESULT.replace("30", "\"3x\""));
        var notify = NotifyMessageTest.notify(MERCHANT, tradeInfo, NewebPayCryptoTest.CRYPTO.tradeSha(tradeInfo));
        assertThatThrownBy(() -> gateway.parseCallback(notify)).isInstanceOf(CallbackParseException.class);
    }

    @Test
    void a_notified_failure_is_applied_only_as_far_as_the_trade_query_confirms_it() {
        String declined = "Status=MPG03008&Message=declined&MerchantID=MS123&Amt=30&TradeNo=T1&MerchantOrderNo="
                + PAYMENT_ID + "&RespondCode=05";
        String tradeInfo = NewebPayCryptoTest.CRYPTO.encrypt(declined);
        var notify = NotifyMessageTest.notify(MERCHANT, tradeInfo, NewebPayCryptoTest.CRYPTO.tradeSha(tradeInfo));

        assertThat(withQueryAnswering(PaymentStatus.FAILED).parseCallback(notify).status())
                .isEqualTo(PaymentStatus.DECLINED);
        assertThat(withQueryAnswering(PaymentStatus.SUCCESSFUL).parseCallback(notify).status())
                .as("paid since").isEqualTo(PaymentStatus.SUCCESSFUL);
        assertThat(withQueryAnswering(PaymentStatus.PENDING).parseCallback(notify).isKnown()).as("unpaid").isFalse();
        assertThat(withQueryAnswering(null).parseCallback(notify).isKnown()).as("no answer").isFalse();
    }

    private static NewebPayGateway withQueryAnswering(PaymentStatus status) {
        NewebPayGateway gateway = gateway();
        gateway.query = new TradeQuery() {
            @Override
            StatusReport query(String orderNo, long amt) {
                assertThat(orderNo).isEqualTo(PAYMENT_ID);
                assertThat(amt).isEqualTo(30);
                var lookup = new io.paymenthub.gateway.spi.PaymentLookup(null, null, orderNo, null);
                return status == null ? StatusReport.unknown(lookup, "no answer")
                        : new StatusReport(lookup, status, Money.of(3000, "TWD"), "T1", null, "query");
            }
        };
        return gateway;
    }

    @Test
    void is_enabled_only_when_configured() {
        assertThat(gateway.isEnabled()).isTrue();
        assertThat(gateway.isTestMode()).isTrue();
        NewebPayConfig partial = new NewebPayConfig();
        partial.merchantId = java.util.Optional.of(MERCHANT);
        partial.hashKey = java.util.Optional.of(NewebPayCryptoTest.KEY);
        partial.hashIv = java.util.Optional.of(" ");
        assertThat(partial.isComplete()).isFalse();
    }

    static NewebPayGateway gateway() {
        NewebPayGateway gateway = new NewebPayGateway();
        gateway.config = NewebPayFixtures.config("http://sim.test/");
        gateway.clock = Clock.fixed(Instant.ofEpochSecond(1_700_000_000), ZoneOffset.UTC);
        gateway.urls = new HubUrls() {
            @Override
            public String callback(String name) {
                return "https://hub.test/api/v1/callbacks/" + name;
            }

            @Override
            public String returnTo(String name, String paymentToken) {
                return "https://hub.test/api/v1/return/" + name + "?token=" + paymentToken;
            }
        };
        return gateway;
    }
}
