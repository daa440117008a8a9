package io.paymenthub.gateway.bog;

import static io.paymenthub.json.JsonFactory.JSON;

import io.paymenthub.gateway.http.GatewayUnreachable;
import io.paymenthub.config.HubUrls;
import io.paymenthub.gateway.spi.CallbackParseException;
import io.paymenthub.gateway.spi.CallbackRequest;
import io.paymenthub.gateway.spi.Checkout;
import io.paymenthub.gateway.spi.CheckoutResult;
import io.paymenthub.gateway.spi.Gateway;
import io.paymenthub.gateway.spi.GatewayAdapter;
import io.paymenthub.gateway.spi.OperationResult;
import io.paymenthub.gateway.spi.OutsideTransactions;
import io.paymenthub.gateway.spi.PaymentLookup;
import io.paymenthub.gateway.spi.PaymentSnapshot;
import io.paymenthub.gateway.spi.RefundSnapshot;
import io.paymenthub.gateway.spi.StatusReport;
import io.paymenthub.money.Money;
import io.paymenthub.network.IpRanges;
import io.paymenthub.payment.PaymentStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;

/**
 * Bank of Georgia. The payer is redirected to BOG's page ({@code _links.redirect.href}); the signed
 * {@code order_payment} callback is the source of truth and the receipt confirms a return. Refunds (full or
 * partial) and pre-authorization approve and cancel act on BOG's order id, kept as the payment's gateway uid.
 */
@Stateless
@Gateway(BogGateway.NAME)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BogGateway extends OutsideTransactions implements GatewayAdapter {

    public static final String NAME = "bog";
    static final String ORDERS = "/payments/v1/ecommerce/orders";

    @Inject
    BogConfig config;

    @Inject
    HubUrls urls;

    @Inject
    BogClient client;

    @Inject
    BogOperations operations;

    @Inject
    BogCallbackAuthentication callbacks;

    /** Enabled with a client id and secret; a malformed key or callback-auth list fails the deployment. */
    @Override
    public boolean isEnabled() {
        if (!config.isComplete()) {
            return false;
        }
        callbacks.check();
        return true;
    }

    @Override
    public boolean isTestMode() {
        return config.testMode();
    }

    @Override
    public IpRanges callbackSources() {
        return config.callbackSources();
    }

    @Override
    public CheckoutResult createCheckout(PaymentSnapshot payment) {
        JsonObject order = OrderRequest.of(payment, urls.callback(NAME), urls.returnTo(NAME, payment.token()),
                config.orderTtlMinutes());
        BogClient.Answer answer;
        try {
            answer = client.post(ORDERS, order, IdempotencyKeys.forOrder(payment.id()));
        } catch (GatewayUnreachable e) {
            return CheckoutResult.unreachable("bog order: " + e.getMessage());
        }
        if (answer.isUnknownOutcome()) {
            return CheckoutResult.unreachable("bog order: HTTP " + answer.status());
        }
        JsonObject json = answer.json();
        String orderId = json == null ? null : Receipt.string(json, "id");
        String redirect = json == null ? null : redirectHref(json);
        if (!answer.isSuccess() || orderId == null || redirect == null) {
            String message = json == null ? null : Receipt.string(json, "message");
            return answer.isSuccess() ? CheckoutResult.unreachable("bog order: no id or redirect link in the answer")
                    : CheckoutResult.refused("bog order: HTTP " + answer.status() + (message == null ? "" : " " + message));
        }
        return CheckoutResult.opened(Checkout.redirect(redirect), orderId, orderId);
    }

    private static String redirectHref(JsonObject json) {
        JsonObject links = Receipt.object(json, "_links");
        JsonObject redirect = links == null ? null : Receipt.object(links, "redirect");
        return redirect == null ? null : Receipt.string(redirect, "href");
    }

    /** Approves a pre-authorization, partially when {@code amount} is less than the payment. */
    @Override
    public OperationResult capture(PaymentSnapshot payment, Money amount) {
        if (payment.gatewayUid() == null) {
            return OperationResult.refused("BOG's order id is not known");
        }
        return operations.approve(payment.gatewayUid(), amount.equals(payment.amount()) ? null : amount,
                IdempotencyKeys.forApproval(payment.id()));
    }

    /** Cancels a pre-authorization; an order that was never paid is left to expire at BOG (its ttl). */
    @Override
    public OperationResult cancel(PaymentSnapshot payment) {
        if (payment.status() != PaymentStatus.AUTHORIZED) {
            return OperationResult.processed(null);
        }
        if (payment.gatewayUid() == null) {
            return OperationResult.refused("BOG's order id is not known");
        }
        return operations.cancel(payment.gatewayUid(), IdempotencyKeys.forCancel(payment.id()));
    }

    /** A refund of everything captured is sent without an amount (BOG's full refund); less, with one. */
    @Override
    public OperationResult refund(PaymentSnapshot payment, String refundId, Money amount, String reason) {
        if (payment.gatewayUid() == null) {
            return OperationResult.refused("BOG's order id is not known");
        }
        boolean full = payment.captured() != null && amount.equals(payment.captured());
        return operations.refund(payment.gatewayUid(), full ? null : amount, IdempotencyKeys.forRefund(refundId));
    }

    /** The order's receipt tells a refund done only when the whole order is refunded (see {@link Receipt}). */
    @Override
    public OperationResult queryRefund(PaymentSnapshot payment, RefundSnapshot refund) {
        if (payment.gatewayUid() == null) {
            return OperationResult.unknown("bog: no order id");
        }
        try {
            BogClient.Answer answer = client.get("/payments/v1/receipt/" + HubUrls.encode(payment.gatewayUid()));
            if (!answer.isSuccess() || answer.json() == null) {
                return OperationResult.unknown("bog receipt: HTTP " + answer.status());
            }
            return Receipt.refundOutcome(answer.json(), payment.captured() != null ? payment.captured() : payment.amount());
        } catch (GatewayUnreachable e) {
            return OperationResult.unknown("bog receipt: " + e.getMessage());
        } catch (IllegalArgumentException | ArithmeticException e) {
            return OperationResult.unknown("bog receipt unreadable: " + e.getMessage());
        }
    }

    /** The receipt, {@code GET /payments/v1/receipt/{order_id}}; unknown (reconcile later) when BOG cannot say. */
    @Override
    public StatusReport queryStatus(PaymentSnapshot payment) {
        PaymentLookup lookup = PaymentLookup.byToken(payment.token());
        if (payment.gatewayUid() == null) {
            return StatusReport.unknown(lookup, "bog: no order id yet");
        }
        BogClient.Answer answer;
        try {
            answer = client.get("/payments/v1/receipt/" + HubUrls.encode(payment.gatewayUid()));
        } catch (GatewayUnreachable e) {
            return StatusReport.unknown(lookup, "bog receipt: " + e.getMessage());
        }
        if (!answer.isSuccess() || answer.json() == null) {
            return StatusReport.unknown(lookup, "bog receipt: HTTP " + answer.status());
        }
        try {
            return Receipt.of(answer.json()).about(payment.token());
        } catch (IllegalArgumentException e) {
            return StatusReport.unknown(lookup, "bog receipt: " + e.getMessage());
        }
    }

    @Override
    public void verifyCallback(CallbackRequest callback) {
        callbacks.verify(callback);
    }

    /** {@code {"event":"order_payment","zoned_request_time":…,"body":{<receipt>}}}. */
    @Override
    public StatusReport parseCallback(CallbackRequest callback) {
        try (var reader = JSON.createReader(new StringReader(callback.bodyText()))) {
            JsonObject message = reader.readObject();
            String event = Receipt.string(message, "event");
            if (!"order_payment".equals(event)) {
                throw new CallbackParseException("Not an order_payment event: " + event);
            }
            JsonObject body = Receipt.object(message, "body");
            if (body == null) {
                throw new CallbackParseException("The callback has no body object");
            }
            return Receipt.of(body);
        } catch (JsonException | IllegalStateException | IllegalArgumentException | ArithmeticException e) {
            throw new CallbackParseException("Not a BOG callback: " + e.getMessage(), e);
        }
    }
}
