package io.paymenthub.payment;

import static io.paymenthub.json.JsonFactory.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** Stores a payment's {@link CheckoutOptions} as a JSON object; none, no value. */
@Converter
@Immutable
public class CheckoutOptionsConverter implements AttributeConverter<CheckoutOptions, String> {

    @Override
    public String convertToDatabaseColumn(CheckoutOptions options) {
        if (options == null || options.isNone()) {
            return null;
        }
        JsonObjectBuilder json = JSON.createObjectBuilder();
        if (options.theme() != null) {
            json.add("theme", options.theme());
        }
        if (!options.paymentMethods().isEmpty()) {
            json.add("paymentMethods", JSON.createArrayBuilder(options.paymentMethods()));
        }
        CheckoutOptions.Buyer buyer = options.buyer();
        if (buyer != null) {
            JsonObjectBuilder b = JSON.createObjectBuilder();
            addIfSet(b, "fullName", buyer.fullName());
            addIfSet(b, "maskedEmail", buyer.maskedEmail());
            addIfSet(b, "maskedPhone", buyer.maskedPhone());
            json.add("buyer", b);
        }
        return json.build().toString();
    }

    @Override
    public CheckoutOptions convertToEntityAttribute(String text) {
        if (text == null) {
            return CheckoutOptions.NONE;
        }
        try (var reader = JSON.createReader(new StringReader(text))) {
            JsonObject json = reader.readObject();
            JsonArray methods = json.getJsonArray("paymentMethods");
            JsonObject buyer = json.getJsonObject("buyer");
            return new CheckoutOptions(JsonText.stringOrNull(json, "theme"),
                    methods == null ? List.of() : methods.getValuesAs(JsonString::getString),
                    buyer == null ? null : new CheckoutOptions.Buyer(JsonText.stringOrNull(buyer, "fullName"),
                            JsonText.stringOrNull(buyer, "maskedEmail"), JsonText.stringOrNull(buyer, "maskedPhone")));
        }
    }

    private static void addIfSet(JsonObjectBuilder json, String key, String value) {
        if (value != null) {
            json.add(key, value);
        }
    }
}
