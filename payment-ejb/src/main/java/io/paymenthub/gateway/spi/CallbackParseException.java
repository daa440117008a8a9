package io.paymenthub.gateway.spi;

/** A callback body that cannot be understood: answered 400. */
public class CallbackParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CallbackParseException(String reason) {
        super(reason);
    }

    public CallbackParseException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
