package io.paymenthub.gateway.begateway;

import static io.paymenthub.gateway.begateway.CheckoutAnswer.object;
import static io.paymenthub.gateway.begateway.CheckoutAnswer.string;

import io.paymenthub.gateway.spi.PaymentLookup;
import io.paymenthub.gateway.spi.StatusReport;
import io.paymenthub.payment.PaymentStatus;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Reads the checkout status API, {@code GET /ctp/api/checkouts/{token}}:
 * {@code {"checkout":{"token","status","finished","expired","transaction_type","order":{amount, currency,
 * tracking_id},"gateway_response":{"payment"|"authorization":{uid, status, message, …}}}}}. The transaction's
 * status wins over the checkout's; a checkout that is neither finished nor expired is still {@code PENDING}.
 */
public final class CheckoutStatusReport {

    private CheckoutStatusReport() {
    }

    /** @throws IllegalArgumentException when the answer is not a checkout */
    public static StatusReport of(JsonObject answer, PaymentLookup lookup) {
        JsonObject checkout = object(answer, "checkout");
        if (checkout == null) {
            throw new IllegalArgumentException("no checkout in the answer");
        }
        JsonObject response = object(checkout, "gateway_response");
        JsonObject authorization = response == null ? null : object(response, "authorization");
        JsonObject payment = response == null ? null : object(response, "payment");
        JsonObject transaction = payment != null ? payment : authorization;
        String type = authorization != null && payment == null ? "authorization" : string(checkout, "transaction_type");

        String status = transaction != null && string(transaction, "status") != null
                ? string(transaction, "status") : string(checkout, "status");
        PaymentStatus mapped;
        if (status != null) {
            mapped = BeGatewayStatus.ofPayerTransaction(status, type);
        } else if (checkout.get("expired") == JsonValue.TRUE) {
            mapped = PaymentStatus.EXPIRED;
        } else {
            mapped = PaymentStatus.PENDING;
        }
        JsonObject order = object(checkout, "order");
        String uid = transaction == null ? null : string(transaction, "uid");
        return new StatusReport(lookup, mapped, order == null ? null : TransactionReport.amount(order), uid,
                transaction == null ? null : TransactionReport.card(transaction),
                "begateway checkout " + string(checkout, "token") + ": " + status);
    }
}
