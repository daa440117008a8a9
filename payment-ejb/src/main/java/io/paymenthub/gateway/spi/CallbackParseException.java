package io.paymenthub.gateway.spi;

import jakarta.ejb.ApplicationException;

/**
 * A callback body that cannot be understood: answered 400.
 * An application exception, so that an adapter EJB throws it as it is: no wrapping, no ERROR stack trace.
 */
@ApplicationException
public class CallbackParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CallbackParseException(String reason) {
        super(reason);
    }

    public CallbackParseException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
