package io.paymenthub.gateway.begateway;

import static io.paymenthub.gateway.begateway.CheckoutAnswer.object;
import static io.paymenthub.gateway.begateway.CheckoutAnswer.string;
import static io.paymenthub.json.JsonFactory.JSON;

import io.paymenthub.config.HubUrls;
import io.paymenthub.gateway.http.GatewayUnreachable;
import io.paymenthub.gateway.spi.OperationResult;
import io.paymenthub.gateway.spi.PayoutReport;
import io.paymenthub.gateway.spi.PayoutSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Optional;

/**
 * Payouts as BeGateway credits: {@code POST {gateway}/transactions/credits} {@code {"request":{amount (minor units),
 * currency, description, tracking_id, test, notification_url, credit_card{token}}}}, answered
 * {@code {"transaction":{uid, status, type: "credit", …}}}. The payout's id is the {@code tracking_id}: a credit
 * whose answer never came is found by it ({@code GET /v2/transactions/tracking_id/{id}}), one whose uid is known by
 * {@code GET /transactions/{uid}}. {@code successful} is paid, {@code failed} (or any failure status) refused,
 * anything else pending.
 */
@ApplicationScoped
public class Credits {

    static final String TYPE = "credit";

    @Inject
    BeGatewayConfig config;

    @Inject
    BeGatewayClient client;

    @Inject
    TransactionOperations transactions;

    public OperationResult send(PayoutSnapshot payout, String cardToken, String notificationUrl) {
        return transactions.send("credits", request(payout, cardToken, notificationUrl));
    }

    static JsonObjectBuilder request(PayoutSnapshot payout, String cardToken, String notificationUrl) {
        String description = payout.description() == null || payout.description().isBlank()
                ? "Payout " + payout.id() : payout.description();
        return JSON.createObjectBuilder()
                .add("amount", payout.amount().minor())
                .add("currency", payout.amount().currency())
                .add("description", description.length() > 255 ? description.substring(0, 255) : description)
                .add("tracking_id", payout.id())
                .add("test", payout.testMode())
                .add("notification_url", notificationUrl)
                .add("credit_card", JSON.createObjectBuilder().add("token", cardToken));
    }

    public OperationResult query(PayoutSnapshot payout) {
        try {
            if (payout.gatewayUid() != null) {
                return RefundQueries.byUid(client.get(config.gatewayBaseUrl() + "/transactions/"
                        + HubUrls.encode(payout.gatewayUid())), payout.gatewayUid(), TYPE);
            }
            return RefundQueries.single(client.get(config.gatewayBaseUrl() + "/v2/transactions/tracking_id/"
                    + HubUrls.encode(payout.id())), TYPE, transaction -> true);
        } catch (GatewayUnreachable e) {
            return OperationResult.unknown("credit query: " + e.getMessage());
        }
    }

    /** A webhook about a credit: the payout its {@code tracking_id} names, and its outcome; empty for any other. */
    static Optional<PayoutReport> report(JsonObject message) {
        JsonObject wrapped = object(message, "transaction");
        JsonObject transaction = wrapped != null ? wrapped : message;
        String trackingId = string(transaction, "tracking_id");
        if (!TYPE.equalsIgnoreCase(string(transaction, "type")) || trackingId == null) {
            return Optional.empty();
        }
        return Optional.of(new PayoutReport(trackingId, RefundQueries.outcome(transaction, null, TYPE)));
    }
}
