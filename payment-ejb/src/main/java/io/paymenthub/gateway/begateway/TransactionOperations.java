package io.paymenthub.gateway.begateway;

import static io.paymenthub.json.JsonFactory.JSON;

import io.paymenthub.gateway.http.GatewayUnreachable;
import static io.paymenthub.gateway.begateway.CheckoutAnswer.object;
import static io.paymenthub.gateway.begateway.CheckoutAnswer.string;

import io.paymenthub.gateway.spi.OperationResult;
import io.paymenthub.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Optional;

/**
 * Follow-up transactions on the gateway API: {@code POST /transactions/refunds}
 * {@code {"request":{"parent_uid","amount","reason"}}} ({@code reason} is required), {@code /captures} and
 * {@code /voids} {@code {"request":{"parent_uid","amount"}}}. Each answers {@code {"transaction":{uid,
 * status, …}}}: {@code successful} is done, {@code failed} refused, anything else (a 5xx, a timeout, an
 * unreadable answer) not known yet.
 */
@ApplicationScoped
public class TransactionOperations {

    @Inject
    BeGatewayConfig config;

    @Inject
    BeGatewayClient client;

    public OperationResult refund(String parentUid, Money amount, String reason) {
        return send("refunds", request(parentUid, amount).add("reason", reason));
    }

    public OperationResult capture(String parentUid, Money amount) {
        return send("captures", request(parentUid, amount));
    }

    public OperationResult voidAuthorization(String parentUid, Money amount) {
        return send("voids", request(parentUid, amount));
    }

    /**
     * The newest successful capture of an authorization, found by the payment's tracking id
     * ({@code GET /v2/transactions/tracking_id/{id}}): refunds of a captured authorization name the capture.
     */
    public Optional<String> captureOf(String trackingId, String authorizationUid) {
        return successfulCapture(trackingId, authorizationUid).map(t -> string(t, "uid"));
    }

    /** As {@link #captureOf}, the capture transaction itself (its uid, amount, currency, …). */
    public Optional<JsonObject> successfulCapture(String trackingId, String authorizationUid) {
        Optional<JsonObject> found = search(trackingId, authorizationUid);
        return found == null ? Optional.empty() : found;
    }

    /**
     * As {@link #successfulCapture}, where an empty answer means the gateway listed the payment's transactions and
     * no capture is among them: {@link GatewayUnreachable} when the list could not be had.
     */
    public Optional<JsonObject> searchedCapture(String trackingId, String authorizationUid) {
        Optional<JsonObject> found = search(trackingId, authorizationUid);
        if (found == null) {
            throw new GatewayUnreachable("begateway: the payment's transactions were not listed");
        }
        return found;
    }

    /** The successful capture among the payment's transactions; null when they were not listed. */
    private Optional<JsonObject> search(String trackingId, String authorizationUid) {
        BeGatewayClient.Answer answer = client.get(config.gatewayBaseUrl() + "/v2/transactions/tracking_id/"
                + io.paymenthub.config.HubUrls.encode(trackingId));
        if (!answer.isSuccess() || answer.json() == null || !(answer.json().get("transactions") instanceof JsonArray all)) {
            return null;
        }
        for (JsonValue value : all) {
            if (value instanceof JsonObject t && "capture".equalsIgnoreCase(string(t, "type"))
                    && authorizationUid.equals(string(t, "parent_uid")) && BeGatewayStatus.isSuccess(string(t, "status"))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static JsonObjectBuilder request(String parentUid, Money amount) {
        return JSON.createObjectBuilder().add("parent_uid", parentUid).add("amount", amount.minor());
    }

    OperationResult send(String kind, JsonObjectBuilder request) {
        BeGatewayClient.Answer answer;
        try {
            answer = client.post(config.gatewayBaseUrl() + "/transactions/" + kind,
                    JSON.createObjectBuilder().add("request", request).build());
        } catch (GatewayUnreachable e) {
            return OperationResult.unknown(kind + ": " + e.getMessage());
        }
        return result(kind, answer);
    }

    static OperationResult result(String kind, BeGatewayClient.Answer answer) {
        if (answer.isUnknownOutcome()) {
            return OperationResult.unknown(kind + ": HTTP " + answer.status());
        }
        JsonObject transaction = answer.json() == null ? null : object(answer.json(), "transaction");
        if (transaction == null) {
            return answer.isSuccess() ? OperationResult.unknown(kind + ": no transaction in the answer")
                    : OperationResult.refused(kind + ": HTTP " + answer.status() + " "
                    + CheckoutAnswer.errorMessage(answer.json()));
        }
        String status = string(transaction, "status");
        String uid = string(transaction, "uid");
        if (BeGatewayStatus.isSuccess(status)) {
            return OperationResult.processed(uid);
        }
        if (BeGatewayStatus.isFailure(status)) {
            String message = string(transaction, "message");
            return OperationResult.refused(kind + " " + status + (message == null ? "" : ": " + message));
        }
        return OperationResult.pending(uid);
    }
}
