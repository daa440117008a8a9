package io.paymenthub.gateway.spi;

/** A callback whose authentication or signature failed: answered 401, logged as a security event. */
public class CallbackRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CallbackRejectedException(String reason) {
        super(reason);
    }
}
