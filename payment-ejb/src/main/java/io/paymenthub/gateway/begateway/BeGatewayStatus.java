package io.paymenthub.gateway.begateway;

import io.paymenthub.payment.PaymentStatus;
import java.util.Locale;

/**
 * BeGateway's transaction statuses in the hub's terms. The table is seed 000's {@code mapSecureProcessorStatus}
 * plus {@code incomplete}: the 3-D Secure step or the payer's input is still outstanding.
 *
 * <pre>
 * successful, success, completed → SUCCESSFUL   (AUTHORIZED for an authorization)
 * failed, failure                → FAILED
 * declined, rejected             → DECLINED
 * expired                        → EXPIRED
 * error                          → ERROR
 * pending, incomplete, other     → PENDING
 * </pre>
 */
public final class BeGatewayStatus {

    private BeGatewayStatus() {
    }

    /** Seed 000's table; an unknown or missing status is {@code PENDING}, never a failure. */
    public static PaymentStatus map(String status) {
        if (status == null) {
            return PaymentStatus.PENDING;
        }
        return switch (status.trim().toLowerCase(Locale.ROOT)) {
            case "successful", "success", "completed" -> PaymentStatus.SUCCESSFUL;
            case "failed", "failure" -> PaymentStatus.FAILED;
            case "declined", "rejected" -> PaymentStatus.DECLINED;
            case "expired" -> PaymentStatus.EXPIRED;
            case "error" -> PaymentStatus.ERROR;
            default -> PaymentStatus.PENDING;
        };
    }

    /** The payer's transaction: a successful {@code authorization} has only reserved the money. */
    public static PaymentStatus ofPayerTransaction(String status, String transactionType) {
        PaymentStatus mapped = map(status);
        return mapped == PaymentStatus.SUCCESSFUL && "authorization".equalsIgnoreCase(transactionType)
                ? PaymentStatus.AUTHORIZED : mapped;
    }

    /** True when a status means the gateway did it (for refunds, captures, voids). */
    public static boolean isSuccess(String status) {
        return map(status) == PaymentStatus.SUCCESSFUL;
    }

    /** True when a status means the gateway will not do it. */
    public static boolean isFailure(String status) {
        PaymentStatus mapped = map(status);
        return mapped != PaymentStatus.SUCCESSFUL && mapped != PaymentStatus.PENDING;
    }
}
