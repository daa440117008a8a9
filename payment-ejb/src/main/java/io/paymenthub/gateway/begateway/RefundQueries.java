package io.paymenthub.gateway.begateway;

import io.paymenthub.gateway.http.GatewayUnreachable;
import static io.paymenthub.gateway.begateway.CheckoutAnswer.object;
import static io.paymenthub.gateway.begateway.CheckoutAnswer.string;

import io.paymenthub.config.HubUrls;
import io.paymenthub.gateway.spi.OperationResult;
import io.paymenthub.gateway.spi.RefundSnapshot;
import io.paymenthub.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Asks BeGateway what became of a refund whose answer was pending or never came. With the refund's uid:
 * {@code GET {gateway}/transactions/{uid}}. Without it (the refund request timed out or got a 5xx), among the
 * payment's transactions ({@code GET {gateway}/v2/transactions/tracking_id/{paymentId}}) the one refund of
 * exactly that amount; none, or more than one (which could not be told apart), is "not known yet".
 * {@code successful} is done, {@code failed} refused, anything else pending.
 */
@ApplicationScoped
public class RefundQueries {

    @Inject
    BeGatewayConfig config;

    @Inject
    BeGatewayClient client;

    public OperationResult of(String paymentId, RefundSnapshot refund) {
        try {
            if (refund.gatewayReference() != null) {
                return byUid(client.get(config.gatewayBaseUrl() + "/transactions/"
                        + HubUrls.encode(refund.gatewayReference())), refund.gatewayReference());
            }
            return byAmount(client.get(config.gatewayBaseUrl() + "/v2/transactions/tracking_id/"
                    + HubUrls.encode(paymentId)), refund.amount());
        } catch (GatewayUnreachable e) {
            return OperationResult.unknown("refund query: " + e.getMessage());
        }
    }

    /** The answer of {@code GET /transactions/{uid}}: a 4xx or 5xx tells nothing about the refund. */
    static OperationResult byUid(BeGatewayClient.Answer answer, String uid) {
        return byUid(answer, uid, "refund");
    }

    /** As {@link #byUid(BeGatewayClient.Answer, String)}, for any follow-up transaction, named {@code what}. */
    static OperationResult byUid(BeGatewayClient.Answer answer, String uid, String what) {
        if (!answer.isSuccess() || answer.json() == null) {
            return OperationResult.unknown(what + " query: HTTP " + answer.status());
        }
        JsonObject transaction = object(answer.json(), "transaction");
        return outcome(transaction != null ? transaction : answer.json(), uid, what);
    }

    /** The answer of {@code GET /v2/transactions/tracking_id/{id}}: the single refund of {@code amount}. */
    static OperationResult byAmount(BeGatewayClient.Answer answer, Money amount) {
        return single(answer, "refund", t -> String.valueOf(amount.minor()).equals(string(t, "amount")));
    }

    /**
     * The answer of {@code GET /v2/transactions/tracking_id/{id}}: the outcome of the single transaction of type
     * {@code what} that {@code matches}; none, or more than one (which could not be told apart), is not known.
     */
    static OperationResult single(BeGatewayClient.Answer answer, String what, Predicate<JsonObject> matches) {
        if (!answer.isSuccess() || answer.json() == null
                || !(answer.json().get("transactions") instanceof JsonArray all)) {
            return OperationResult.unknown(what + " query: HTTP " + answer.status());
        }
        List<JsonObject> found = new ArrayList<>();
        for (JsonValue value : all) {
            if (value instanceof JsonObject t && what.equalsIgnoreCase(string(t, "type")) && matches.test(t)) {
                found.add(t);
            }
        }
        if (found.size() != 1) {
            return OperationResult.unknown(what + " query: " + found.size() + " matching " + what
                    + " transactions at the gateway");
        }
        return outcome(found.get(0), null, what);
    }

    static OperationResult outcome(JsonObject transaction, String knownUid, String what) {
        String status = string(transaction, "status");
        String uid = string(transaction, "uid") != null ? string(transaction, "uid") : knownUid;
        if (status == null) {
            return OperationResult.unknown(what + " query: no status in the answer");
        }
        if (BeGatewayStatus.isSuccess(status)) {
            return OperationResult.processed(uid);
        }
        if (BeGatewayStatus.isFailure(status)) {
            String message = string(transaction, "message");
            return new OperationResult(io.paymenthub.gateway.spi.ResultKind.ERROR, uid,
                    what + " " + status + (message == null ? "" : ": " + message));
        }
        return OperationResult.pending(uid);
    }
}
