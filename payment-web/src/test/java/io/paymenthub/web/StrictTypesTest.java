package io.paymenthub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class StrictTypesTest {

    private static JsonValue value(String json) {
        try (var reader = Json.createReader(new StringReader("[" + json + "]"))) {
            JsonArray array = reader.readArray();
            return array.get(0);
        }
    }

    @Test
    void an_integer_literal_within_64_bits_is_a_number() {
        assertThat(StrictTypes.integer(value("100"))).isEqualTo(100L);
        assertThat(StrictTypes.integer(value("-7"))).isEqualTo(-7L);
        assertThat(StrictTypes.integer(value("9223372036854775807"))).isEqualTo(Long.MAX_VALUE);
        assertThat(StrictTypes.integer(value("null"))).isNull();
    }

    @Test
    void fractions_exponents_and_numbers_beyond_64_bits_are_refused_as_amounts() {
        for (String json : new String[] {"1.5", "10.0", "1e3", "9223372036854775808", "-9223372036854775809",
                "123456789012345678901234567890"}) {
            assertThatThrownBy(() -> StrictTypes.integer(value(json))).as(json)
                    .isInstanceOf(StrictTypes.WrongType.class)
                    .matches(e -> ((StrictTypes.WrongType) e).numberOutOfType());
        }
    }

    @Test
    void strings_and_other_values_are_refused_as_the_wrong_shape() {
        for (String json : new String[] {"\"100\"", "\"1e3\"", "true", "[]", "{}"}) {
            assertThatThrownBy(() -> StrictTypes.integer(value(json))).as(json)
                    .isInstanceOf(StrictTypes.WrongType.class)
                    .matches(e -> !((StrictTypes.WrongType) e).numberOutOfType());
        }
    }

    @Test
    void text_is_a_json_string_without_nul() {
        assertThat(StrictTypes.string(value("\"order-42 ✓\""))).isEqualTo("order-42 ✓");
        assertThat(StrictTypes.string(value("null"))).isNull();
        for (String json : new String[] {"\"a\\u0000b\"", "42", "true", "[]", "{}"}) {
            assertThatThrownBy(() -> StrictTypes.string(value(json))).as(json)
                    .isInstanceOf(StrictTypes.WrongType.class)
                    .matches(e -> !((StrictTypes.WrongType) e).numberOutOfType());
        }
    }
}
