package io.paymenthub.gateway.spi;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Names the gateway an adapter speaks for: {@code @Gateway("begateway")}. */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Gateway {

    /** The gateway's name as the API and the callback URLs spell it. */
    String value();

    /** Selects an adapter at run time: {@code adapters.select(Gateway.Literal.of("bog"))}. */
    final class Literal extends AnnotationLiteral<Gateway> implements Gateway {
        private static final long serialVersionUID = 1L;
        private final String value;

        private Literal(String value) {
            this.value = value;
        }

        public static Literal of(String value) {
            return new Literal(value);
        }

        @Override
        public String value() {
            return value;
        }
    }
}
