package io.paymenthub.gateway.spi;

/**
 * How a gateway message names its payment, most reliable first: the hub's token, the hub's payment id
 * (e.g. a tracking id), the gateway's reference for the checkout, the gateway's transaction uid.
 * Any of them may be null.
 */
public record PaymentLookup(String token, String paymentId, String gatewayReference, String gatewayUid) {

    public static PaymentLookup byToken(String token) {
        return new PaymentLookup(token, null, null, null);
    }

    public boolean isEmpty() {
        return token == null && paymentId == null && gatewayReference == null && gatewayUid == null;
    }
}
