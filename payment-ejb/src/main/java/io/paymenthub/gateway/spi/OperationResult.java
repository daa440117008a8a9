package io.paymenthub.gateway.spi;

/** The answer to a capture, cancel or refund: its kind, the gateway's id for the operation, a message. */
public record OperationResult(ResultKind kind, String gatewayReference, String message) {

    public static OperationResult processed(String gatewayReference) {
        return new OperationResult(ResultKind.PROCESSED, gatewayReference, null);
    }

    public static OperationResult pending(String gatewayReference) {
        return new OperationResult(ResultKind.PENDING, gatewayReference, null);
    }

    public static OperationResult refused(String message) {
        return new OperationResult(ResultKind.ERROR, null, message);
    }

    public static OperationResult unknown(String message) {
        return new OperationResult(ResultKind.UNDEFINED, null, message);
    }
}
