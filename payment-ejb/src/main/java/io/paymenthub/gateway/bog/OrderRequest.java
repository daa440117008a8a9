package io.paymenthub.gateway.bog;

import static io.paymenthub.json.JsonFactory.JSON;

import io.paymenthub.gateway.spi.PaymentSnapshot;
import io.paymenthub.payment.CaptureMode;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;

/**
 * The body of {@code POST /payments/v1/ecommerce/orders}: the hub's payment id as {@code external_order_id},
 * the amount in exact decimal major units (total and one basket line), success and fail both through the
 * hub's return endpoint (which asks BOG what happened), automatic or manual capture.
 */
final class OrderRequest {

    private OrderRequest() {
    }

    static JsonObject of(PaymentSnapshot payment, String callbackUrl, String returnUrl, int ttlMinutes) {
        BigDecimal amount = BogAmounts.decimal(payment.amount());
        String description = payment.description() == null || payment.description().isBlank()
                ? "Payment " + payment.id() : payment.description();
        JsonObjectBuilder order = JSON.createObjectBuilder()
                .add("callback_url", callbackUrl)
                .add("external_order_id", payment.id())
                .add("purchase_units", JSON.createObjectBuilder()
                        .add("currency", payment.amount().currency())
                        .add("total_amount", amount)
                        .add("basket", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                                .add("product_id", payment.reference() == null ? payment.id() : payment.reference())
                                .add("quantity", 1)
                                .add("unit_price", amount)
                                .add("description", truncate(description, 255)))))
                .add("redirect_urls", JSON.createObjectBuilder().add("success", returnUrl).add("fail", returnUrl))
                .add("capture", payment.captureMode() == CaptureMode.MANUAL ? "manual" : "automatic")
                .add("ttl", ttlMinutes)
                .add("application_type", "web");
        if (payment.customerEmail() != null) {
            order.add("buyer", JSON.createObjectBuilder().add("masked_email", payment.customerEmail()));
        }
        return order.build();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
