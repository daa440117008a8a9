package io.paymenthub.it;

import static io.paymenthub.it.BogSimulator.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.paymenthub.it.Hub.Reply;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The merchant's line items and checkout options in BOG's order request: the basket line by line in decimal major
 * units, {@code payment_method}, {@code buyer} and the {@code Theme} header; and the requests refused before BOG is
 * asked (items that do not add up, a payment method BOG does not have).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BogBasketIT {

    @RegisterExtension
    static final BogSimulator BOG = new BogSimulator();
    private static final String ITEMS = ",\"items\":[{\"productId\":\"sku-1\",\"description\":\"Credits x100\","
            + "\"quantity\":2,\"unitPrice\":1000,\"vatPercent\":18},{\"productId\":\"sku-2\",\"quantity\":1,"
            + "\"unitPrice\":699}]";

    @BeforeEach
    void reset() {
        BOG.server.resetAll();
        BOG.issuesToken("tok-basket", 3600);
        BOG.opensOrder("ord-" + UUID.randomUUID());
    }

    @Test
    void the_items_become_the_basket_and_the_options_the_orders_methods_buyer_and_theme() {
        Reply created = create(2699, ITEMS + ",\"customer\":{\"email\":\"payer@shop.example\"},"
                + "\"checkoutOptions\":{\"theme\":\"dark\",\"paymentMethods\":[\"card\",\"google_pay\"],"
                + "\"buyer\":{\"fullName\":\"Nino B.\",\"maskedPhone\":\"+995 5** *** *12\"}}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        LoggedRequest request = lastOrder();
        assertThat(request.getHeader("Theme")).isEqualTo("dark");
        JsonObject order = BogSimulator.json(request);
        JsonObject units = order.getJsonObject("purchase_units");
        assertThat(units.getJsonNumber("total_amount").toString()).isEqualTo("26.99");
        JsonArray basket = units.getJsonArray("basket");
        assertThat(basket).hasSize(2);
        JsonObject first = basket.getJsonObject(0);
        assertThat(first.getString("product_id")).isEqualTo("sku-1");
        assertThat(first.getString("description")).isEqualTo("Credits x100");
        assertThat(first.getInt("quantity")).isEqualTo(2);
        assertThat(first.getJsonNumber("unit_price").toString()).isEqualTo("10.00");
        assertThat(first.getInt("vat_percent")).isEqualTo(18);
        assertThat(basket.getJsonObject(1).getJsonNumber("unit_price").toString()).isEqualTo("6.99");
        assertThat(basket.getJsonObject(1).containsKey("vat_percent")).isFalse();
        assertThat(order.getJsonArray("payment_method").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("card", "google_pay");
        JsonObject buyer = order.getJsonObject("buyer");
        assertThat(buyer.getString("full_name")).isEqualTo("Nino B.");
        assertThat(buyer.getString("masked_email")).isEqualTo("payer@shop.example");
        assertThat(buyer.getString("masked_phone")).isEqualTo("+995 5** *** *12");
    }

    @Test
    void without_items_or_options_the_order_has_one_line_no_methods_and_no_theme() {
        assertThat(create(2699, "").status()).isEqualTo(201);

        LoggedRequest request = lastOrder();
        assertThat(request.containsHeader("Theme")).isFalse();
        JsonObject order = BogSimulator.json(request);
        assertThat(order.getJsonObject("purchase_units").getJsonArray("basket")).hasSize(1);
        assertThat(order.containsKey("payment_method")).isFalse();
    }

    @Test
    void items_that_do_not_add_up_to_the_amount_are_refused_with_400_before_bog_is_asked() {
        Reply refused = create(2700, ITEMS);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().getString("code")).isEqualTo("items_total_mismatch");
        assertThat(refused.json().getJsonNumber("itemsTotal").longValue()).isEqualTo(2699);

        Reply fraction = create(2699, ",\"items\":[{\"productId\":\"a\",\"quantity\":1,\"unitPrice\":26.99}]");
        assertThat(fraction.status()).isEqualTo(400);
        Reply noQuantity = create(2699, ",\"items\":[{\"productId\":\"a\",\"unitPrice\":2699}]");
        assertThat(noQuantity.status()).isEqualTo(400);
        assertThat(BOG.posts(ORDERS)).isEmpty();
    }

    @Test
    void a_payment_method_bog_does_not_have_or_an_unknown_theme_is_refused_with_400_before_bog_is_asked() {
        Reply method = create(2699, ",\"checkoutOptions\":{\"paymentMethods\":[\"card\",\"cash\"]}");
        assertThat(method.status()).isEqualTo(400);
        assertThat(method.json().getString("code")).isEqualTo("invalid_request");
        assertThat(method.json().getString("detail")).contains("cash");
        Reply theme = create(2699, ",\"checkoutOptions\":{\"theme\":\"neon\"}");
        assertThat(theme.status()).isEqualTo(400);
        assertThat(BOG.posts(ORDERS)).isEmpty();
    }

    private static Reply create(long amount, String extra) {
        Reply reply = Hub.post("/api/v1/payments", Hub.APP1_KEY, "{\"gateway\":\"bog\",\"amount\":" + amount
                + ",\"currency\":\"GEL\",\"description\":\"Credits\"" + extra + "}");
        if (reply.status() == 201) {
            BOG.created(reply.json().getString("id"));
        }
        return reply;
    }

    private static LoggedRequest lastOrder() {
        List<LoggedRequest> orders = BOG.posts(ORDERS);
        assertThat(orders).isNotEmpty();
        return orders.get(orders.size() - 1);
    }
}
