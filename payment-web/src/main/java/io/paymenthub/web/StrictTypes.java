package io.paymenthub.web;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * What a request body's values may be (docs/api.md, strict types): a number property ({@code amount},
 * {@code credits}, every count) takes a JSON integer literal within 64 bits — never a string, a fraction, an
 * exponent or anything longer; a text property takes a JSON string without NUL (which PostgreSQL cannot store).
 * JSON-B's own conversions would take {@code "100"} for 100. Both checks look at the value the parser already
 * holds, on the one {@link JsonbResolver#JSONB}: no tree of the body and no second parse.
 */
public final class StrictTypes {

    private StrictTypes() {
    }

    /** A value of the wrong JSON type for its property; answered {@code 400}. */
    public static final class WrongType extends JsonbException {
        private static final long serialVersionUID = 1L;
        private final boolean number;

        WrongType(String message, boolean number) {
            super(message);
            this.number = number;
        }

        /**
         * True for a number that is no integer within 64 bits (an amount's mistake, {@code invalid_amount}); false
         * for a value that is no number where one belongs, or no string where text does (the body's shape).
         */
        public boolean numberOutOfType() {
            return number;
        }
    }

    /** {@code Long} properties: integers within 64 bits. */
    public static final class Integers implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return integer(parser.getValue());
        }
    }

    /** {@code String} properties (and map values): strings without NUL. */
    public static final class Strings implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return string(parser.getValue());
        }
    }

    static Long integer(JsonValue value) {
        if (value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number)) {
            throw new WrongType("amounts, credits and counts are JSON integers, not " + value.getValueType(), false);
        }
        if (!number.isIntegral()) {
            throw new WrongType("amounts, credits and counts are integers, without a fraction or an exponent", true);
        }
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            throw new WrongType("a number beyond 64 bits", true);
        }
    }

    static String string(JsonValue value) {
        if (value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            String text = string.getString();
            if (text.indexOf('\0') >= 0) {
                throw new WrongType("text may not contain NUL (\\u0000)", false);
            }
            return text;
        }
        throw new WrongType("text properties are JSON strings, not " + value.getValueType(), false);
    }
}
