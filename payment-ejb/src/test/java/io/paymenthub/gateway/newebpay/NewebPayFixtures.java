package io.paymenthub.gateway.newebpay;

import io.paymenthub.gateway.spi.PaymentSnapshot;
import io.paymenthub.money.Money;
import io.paymenthub.payment.CaptureMode;
import io.paymenthub.payment.PaymentStatus;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** A configured NewebPay (the manual's test key) and payments to send it. */
final class NewebPayFixtures {

    static final String MERCHANT = "MS123";
    static final String PAYMENT_ID = "pay_0123456789abcdef01234567";
    static final String TOKEN = "pt_0123456789abcdef0123456789abcdef";

    private NewebPayFixtures() {
    }

    static NewebPayConfig config(String gatewayUrl) {
        NewebPayConfig config = new NewebPayConfig();
        config.merchantId = Optional.of(MERCHANT);
        config.hashKey = Optional.of(NewebPayCryptoTest.KEY);
        config.hashIv = Optional.of(NewebPayCryptoTest.IV);
        config.testing = true;
        config.gatewayUrl = Optional.ofNullable(gatewayUrl);
        config.capture = "automatic";
        config.init();
        return config;
    }

    /** NewebPayApi as the container makes it. */
    static NewebPayApi api() {
        NewebPayApi api = new NewebPayApi();
        api.init();
        return api;
    }

    static PaymentSnapshot payment(long amount, String currency, CaptureMode captureMode) {
        return new PaymentSnapshot(PAYMENT_ID, TOKEN, NewebPayGateway.NAME, PaymentStatus.PENDING,
                Money.of(amount, currency), Money.of(0, currency), "100 credits", "credits:100", "user_1",
                "payer@shop.example", captureMode, true, null, PAYMENT_ID, Map.of(), Instant.EPOCH, "app1");
    }

    static PaymentSnapshot payment(long amountTwd) {
        return payment(amountTwd, "TWD", CaptureMode.AUTOMATIC);
    }
}
