package io.paymenthub.gateway.bog;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.gateway.spi.PaymentSnapshot;
import io.paymenthub.money.Money;
import io.paymenthub.payment.CaptureMode;
import io.paymenthub.payment.PaymentStatus;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderRequestTest {

    static PaymentSnapshot payment(long minor, String currency, CaptureMode capture, String email) {
        return new PaymentSnapshot("pay_1", "pt_" + "a".repeat(32), "bog", PaymentStatus.CREATED,
                Money.of(minor, currency), Money.of(0, currency), "Credit purchase: 100 credits", "credits:100",
                "user_1", email, capture, true, null, null, Map.of(), Instant.EPOCH, "app1");
    }

    @Test
    void the_order_carries_the_payment_in_decimal_major_units_and_the_hub_s_urls() {
        JsonObject order = OrderRequest.of(payment(2699, "GEL", CaptureMode.AUTOMATIC, "a@b.example"),
                "https://hub.example/api/v1/callbacks/bog", "https://hub.example/api/v1/return/bog?token=pt_x", 30);

        assertThat(order.getString("callback_url")).isEqualTo("https://hub.example/api/v1/callbacks/bog");
        assertThat(order.getString("external_order_id")).isEqualTo("pay_1");
        JsonObject units = order.getJsonObject("purchase_units");
        assertThat(units.getString("currency")).isEqualTo("GEL");
        assertThat(units.getJsonNumber("total_amount").bigDecimalValue().toPlainString()).isEqualTo("26.99");
        assertThat(units.getJsonNumber("total_amount").toString()).isEqualTo("26.99");
        JsonObject line = units.getJsonArray("basket").getJsonObject(0);
        assertThat(line.getString("product_id")).isEqualTo("credits:100");
        assertThat(line.getInt("quantity")).isEqualTo(1);
        assertThat(line.getJsonNumber("unit_price").toString()).isEqualTo("26.99");
        assertThat(line.getString("description")).isEqualTo("Credit purchase: 100 credits");
        assertThat(order.getJsonObject("redirect_urls").getString("success"))
                .isEqualTo("https://hub.example/api/v1/return/bog?token=pt_x");
        assertThat(order.getJsonObject("redirect_urls").getString("fail"))
                .isEqualTo("https://hub.example/api/v1/return/bog?token=pt_x");
        assertThat(order.getString("capture")).isEqualTo("automatic");
        assertThat(order.getInt("ttl")).isEqualTo(30);
        assertThat(order.getString("application_type")).isEqualTo("web");
        assertThat(order.getJsonObject("buyer").getString("masked_email")).isEqualTo("a@b.example");
    }

    @Test
    void manual_capture_is_a_pre_authorization_and_an_unknown_buyer_is_left_out() {
        JsonObject order = OrderRequest.of(payment(100000, "EUR", CaptureMode.MANUAL, null), "c", "r", 60);
        assertThat(order.getString("capture")).isEqualTo("manual");
        assertThat(order.getJsonObject("purchase_units").getJsonNumber("total_amount").toString()).isEqualTo("1000.00");
        assertThat(order.containsKey("buyer")).isFalse();
    }
}
