package io.paymenthub.web.callback;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the endpoints a gateway calls under {@code /api/v1/callbacks/{gateway}}: their callers are checked
 * ({@link GatewayCallerFilter}) once matched, before a byte of the body is read.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface FromGateway {
}
