package io.paymenthub.web.idempotency;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a POST whose {@code Idempotency-Key} makes retries safe. */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Idempotent {

    /**
     * The resource claims the key itself, in its work's first transaction ({@link IdempotencyClaim#firstTime}): one
     * transaction fewer than the filter's claim before the resource runs.
     */
    boolean claimedByResource() default false;
}
