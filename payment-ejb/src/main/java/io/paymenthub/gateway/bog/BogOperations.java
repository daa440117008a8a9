package io.paymenthub.gateway.bog;

import static io.paymenthub.json.JsonFactory.JSON;

import io.paymenthub.gateway.http.GatewayUnreachable;
import io.paymenthub.config.HubUrls;
import io.paymenthub.gateway.spi.OperationResult;
import io.paymenthub.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/**
 * Follow-up calls on an order: {@code POST /payments/v1/payment/refund/{order_id}},
 * {@code …/authorization/approve/{order_id}} and {@code …/authorization/cancel/{order_id}}, each with an
 * optional {@code {"amount": 10.5}} (absent = all). BOG answers {@code {"key":"request_received",
 * "action_id"}}: accepted, the {@code action_id} kept as the operation's reference. A 4xx is a refusal; a 5xx,
 * a timeout or no answer is not known yet. Each is sent with the {@code Idempotency-Key} its caller derives from the
 * hub's operation ({@link IdempotencyKeys}).
 */
@ApplicationScoped
public class BogOperations {

    @Inject
    BogClient client;

    public OperationResult refund(String orderId, Money amount, String idempotencyKey) {
        return send("refund", "/payments/v1/payment/refund/" + HubUrls.encode(orderId), amount, idempotencyKey);
    }

    public OperationResult approve(String orderId, Money amount, String idempotencyKey) {
        return send("approve", "/payments/v1/payment/authorization/approve/" + HubUrls.encode(orderId), amount,
                idempotencyKey);
    }

    public OperationResult cancel(String orderId, String idempotencyKey) {
        return send("cancel", "/payments/v1/payment/authorization/cancel/" + HubUrls.encode(orderId), null,
                idempotencyKey);
    }

    private OperationResult send(String kind, String path, Money amount, String idempotencyKey) {
        JsonObject body = amount == null ? JsonObject.EMPTY_JSON_OBJECT
                : JSON.createObjectBuilder().add("amount", BogAmounts.decimal(amount)).build();
        try {
            return result(kind, client.post(path, body, idempotencyKey));
        } catch (GatewayUnreachable e) {
            return OperationResult.unknown(kind + ": " + e.getMessage());
        }
    }

    static OperationResult result(String kind, BogClient.Answer answer) {
        if (answer.isUnknownOutcome()) {
            return OperationResult.unknown(kind + ": HTTP " + answer.status());
        }
        JsonObject json = answer.json();
        if (!answer.isSuccess()) {
            String message = json == null ? null : Receipt.string(json, "message");
            return OperationResult.refused(kind + ": HTTP " + answer.status() + (message == null ? "" : " " + message));
        }
        return OperationResult.processed(json == null ? null : Receipt.string(json, "action_id"));
    }
}
