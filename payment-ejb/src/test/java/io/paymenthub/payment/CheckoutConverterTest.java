package io.paymenthub.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.gateway.spi.Checkout;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckoutConverterTest {

    private final CheckoutConverter converter = new CheckoutConverter();

    @Test
    void a_form_comes_back_as_it_was_stored() {
        Checkout form = Checkout.form("https://gw.example/pay", Map.of("MerchantID", "MS1", "TradeInfo", "a\"b\\c"));

        String column = converter.convertToDatabaseColumn(form);

        assertThat(column).startsWith("{\"type\":\"FORM\"").contains("\"fields\":{");
        assertThat(converter.convertToEntityAttribute(column)).isEqualTo(form);
    }

    @Test
    void a_widget_keeps_its_token_script_and_options() {
        Checkout widget = Checkout.widget("tok_1", "https://gw.example/widget.js", "https://gw.example/page",
                Map.of("widgetClass", "BeGateway"));

        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(widget))).isEqualTo(widget);
    }

    @Test
    void no_checkout_is_no_column() {
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }
}
