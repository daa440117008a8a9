package io.paymenthub.gateway.bog;

import static io.paymenthub.json.JsonFactory.JSON;

import io.paymenthub.gateway.spi.PaymentSnapshot;
import io.paymenthub.money.Money;
import io.paymenthub.payment.CaptureMode;
import io.paymenthub.payment.CheckoutOptions;
import io.paymenthub.payment.LineItem;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;

/**
 * The body of {@code POST /payments/v1/ecommerce/orders}: the hub's payment id as {@code external_order_id},
 * the amount in exact decimal major units (total and the basket: the payment's line items, or one line for the
 * whole), success and fail both through the hub's return endpoint (which asks BOG what happened), automatic or
 * manual capture, and from the checkout options the allowed {@code payment_method}s and the {@code buyer}
 * (else the customer's email). The {@code Theme} is a header ({@link BogGateway}).
 */
final class OrderRequest {

    private OrderRequest() {
    }

    static JsonObject of(PaymentSnapshot payment, String callbackUrl, String returnUrl, int ttlMinutes) {
        BigDecimal amount = BogAmounts.decimal(payment.amount());
        JsonObjectBuilder order = JSON.createObjectBuilder()
                .add("callback_url", callbackUrl)
                .add("external_order_id", payment.id())
                .add("purchase_units", JSON.createObjectBuilder()
                        .add("currency", payment.amount().currency())
                        .add("total_amount", amount)
                        .add("basket", basket(payment, amount)))
                .add("redirect_urls", JSON.createObjectBuilder().add("success", returnUrl).add("fail", returnUrl))
                .add("capture", payment.captureMode() == CaptureMode.MANUAL ? "manual" : "automatic")
                .add("ttl", ttlMinutes)
                .add("application_type", "web");
        CheckoutOptions options = payment.checkoutOptions();
        if (!options.paymentMethods().isEmpty()) {
            order.add("payment_method", JSON.createArrayBuilder(options.paymentMethods()));
        }
        JsonObject buyer = buyer(options.buyer(), payment.customerEmail());
        if (buyer != null) {
            order.add("buyer", buyer);
        }
        return order.build();
    }

    private static JsonArrayBuilder basket(PaymentSnapshot payment, BigDecimal amount) {
        JsonArrayBuilder basket = JSON.createArrayBuilder();
        if (payment.items().isEmpty()) {
            String description = payment.description() == null || payment.description().isBlank()
                    ? "Payment " + payment.id() : payment.description();
            return basket.add(JSON.createObjectBuilder()
                    .add("product_id", payment.reference() == null ? payment.id() : payment.reference())
                    .add("quantity", 1)
                    .add("unit_price", amount)
                    .add("description", truncate(description, 255)));
        }
        String currency = payment.amount().currency();
        for (LineItem item : payment.items()) {
            JsonObjectBuilder line = JSON.createObjectBuilder()
                    .add("product_id", item.productId())
                    .add("quantity", item.quantity())
                    .add("unit_price", BogAmounts.decimal(Money.of(item.unitPrice(), currency)));
            if (item.description() != null) {
                line.add("description", truncate(item.description(), 255));
            }
            if (item.vatPercent() != null) {
                line.add("vat_percent", item.vatPercent());
            }
            basket.add(line);
        }
        return basket;
    }

    /** The merchant's buyer as given; without one, the customer's email. */
    private static JsonObject buyer(CheckoutOptions.Buyer buyer, String customerEmail) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        String email = buyer != null && buyer.maskedEmail() != null ? buyer.maskedEmail() : customerEmail;
        if (buyer != null && buyer.fullName() != null) {
            json.add("full_name", buyer.fullName());
        }
        if (email != null) {
            json.add("masked_email", email);
        }
        if (buyer != null && buyer.maskedPhone() != null) {
            json.add("masked_phone", buyer.maskedPhone());
        }
        JsonObject built = json.build();
        return built.isEmpty() ? null : built;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
