package io.paymenthub.gateway.spi;

import jakarta.ejb.ApplicationException;

/**
 * A callback whose authentication or signature failed: answered 401, logged as a security event.
 * An application exception, so that an adapter EJB throws it as it is: no wrapping, no ERROR stack trace.
 */
@ApplicationException
public class CallbackRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CallbackRejectedException(String reason) {
        super(reason);
    }
}
