package io.paymenthub.payment;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Map;
import org.hibernate.annotations.Immutable;

/**
 * Stores a map of strings (metadata) as a JSON object. The values are immutable ({@link Immutable}): Hibernate keeps
 * them as its snapshot instead of copying each one through JSON when it loads a payment.
 */
@Converter
@Immutable
public class StringMapConverter implements AttributeConverter<Map<String, String>, String> {

    @Override
    public String convertToDatabaseColumn(Map<String, String> map) {
        return map == null || map.isEmpty() ? null : JsonText.write(map);
    }

    @Override
    public Map<String, String> convertToEntityAttribute(String json) {
        return json == null ? Map.of() : Map.copyOf(JsonText.strings(JsonText.read(json)));
    }
}
