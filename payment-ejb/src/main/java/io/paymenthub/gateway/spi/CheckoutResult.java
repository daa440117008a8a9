package io.paymenthub.gateway.spi;

/** The answer to {@link GatewayAdapter#createCheckout}: the checkout, or why there is none. */
public record CheckoutResult(ResultKind kind, Checkout checkout, String gatewayUid, String gatewayReference,
                             String message) {

    public static CheckoutResult opened(Checkout checkout, String gatewayUid, String gatewayReference) {
        return new CheckoutResult(ResultKind.PENDING, checkout, gatewayUid, gatewayReference, null);
    }

    public static CheckoutResult refused(String message) {
        return new CheckoutResult(ResultKind.ERROR, null, null, null, message);
    }

    public static CheckoutResult unreachable(String message) {
        return new CheckoutResult(ResultKind.UNDEFINED, null, null, null, message);
    }
}
