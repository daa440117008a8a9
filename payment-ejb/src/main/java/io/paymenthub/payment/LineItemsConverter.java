package io.paymenthub.payment;

import static io.paymenthub.json.JsonFactory.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** Stores a payment's line items as a JSON array; no items, no value. */
@Converter
@Immutable
public class LineItemsConverter implements AttributeConverter<List<LineItem>, String> {

    @Override
    public String convertToDatabaseColumn(List<LineItem> items) {
        if (items == null || items.isEmpty()) {
            return null;
        }
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (LineItem item : items) {
            JsonObjectBuilder line = JSON.createObjectBuilder().add("productId", item.productId());
            if (item.description() != null) {
                line.add("description", item.description());
            }
            line.add("quantity", item.quantity()).add("unitPrice", item.unitPrice());
            if (item.vatPercent() != null) {
                line.add("vatPercent", item.vatPercent());
            }
            array.add(line);
        }
        return array.build().toString();
    }

    @Override
    public List<LineItem> convertToEntityAttribute(String json) {
        if (json == null) {
            return List.of();
        }
        try (var reader = JSON.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            List<LineItem> items = new ArrayList<>(array.size());
            for (JsonObject line : array.getValuesAs(JsonObject.class)) {
                JsonNumber vat = line.getJsonNumber("vatPercent");
                items.add(new LineItem(line.getString("productId"), JsonText.stringOrNull(line, "description"),
                        line.getJsonNumber("quantity").longValueExact(), line.getJsonNumber("unitPrice").longValueExact(),
                        vat == null ? null : vat.intValueExact()));
            }
            return List.copyOf(items);
        }
    }
}
