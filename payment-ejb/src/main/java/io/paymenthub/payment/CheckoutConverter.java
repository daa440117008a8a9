package io.paymenthub.payment;

import static io.paymenthub.json.JsonFactory.JSON;

import io.paymenthub.gateway.spi.Checkout;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.hibernate.annotations.Immutable;

/**
 * Stores a payment's {@link Checkout} as a JSON object. The values are immutable ({@link Immutable}): Hibernate keeps
 * them as its snapshot instead of copying each one through JSON when it loads a payment.
 */
@Converter
@Immutable
public class CheckoutConverter implements AttributeConverter<Checkout, String> {

    @Override
    public String convertToDatabaseColumn(Checkout checkout) {
        if (checkout == null) {
            return null;
        }
        JsonObjectBuilder json = JSON.createObjectBuilder().add("type", checkout.type().name());
        addIfPresent(json, "url", checkout.url());
        addIfPresent(json, "method", checkout.method());
        addIfPresent(json, "token", checkout.token());
        addIfPresent(json, "widgetScript", checkout.widgetScript());
        json.add("fields", JsonText.object(checkout.fields()));
        return json.build().toString();
    }

    @Override
    public Checkout convertToEntityAttribute(String text) {
        if (text == null) {
            return null;
        }
        JsonObject json = JsonText.read(text);
        return new Checkout(Checkout.Type.valueOf(json.getString("type")), JsonText.stringOrNull(json, "url"),
                JsonText.stringOrNull(json, "method"), JsonText.strings(json.getJsonObject("fields")),
                JsonText.stringOrNull(json, "token"), JsonText.stringOrNull(json, "widgetScript"));
    }

    private static void addIfPresent(JsonObjectBuilder json, String key, String value) {
        if (value != null) {
            json.add(key, value);
        }
    }
}
