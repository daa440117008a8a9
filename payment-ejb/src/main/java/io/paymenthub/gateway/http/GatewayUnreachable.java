package io.paymenthub.gateway.http;

/** A gateway could not be reached or did not answer in time: the outcome is unknown, never a failure. */
public class GatewayUnreachable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GatewayUnreachable(String message) {
        super(message);
    }
}
