package io.paymenthub.gateway.bog;

import static io.paymenthub.json.JsonFactory.JSON;

import io.paymenthub.gateway.http.GatewayUnreachable;
import io.paymenthub.config.HubUrls;
import io.paymenthub.config.LifetimeSettings;
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
import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
    static final Set<String> CALLBACK_METHODS = Set.of("GET", "POST", "PUT", "PATCH");
    /** The {@code payment_method}s BOG's order request names. */
    static final Set<String> PAYMENT_METHODS = Set.of("card", "google_pay", "apple_pay", "bog_p2p", "bog_loyalty",
            "bnpl", "bog_loan", "gift_card");
    static final String ORDERS = "/payments/v1/ecommerce/orders";

    @Inject
    BogConfig config;

    @Inject
    HubUrls urls;

    @Inject
    BogClient client;

    @Inject
    LifetimeSettings lifetimes;

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

    /** Only the payment methods BOG names may restrict its page. */
    @Override
    public void validate(PaymentSnapshot payment) {
        for (String method : payment.checkoutOptions().paymentMethods()) {
            if (!PAYMENT_METHODS.contains(method)) {
                throw new HubException(ProblemCode.INVALID_REQUEST, "BOG has no payment method " + method
                        + "; it has " + String.join(", ", new TreeSet<>(PAYMENT_METHODS)),
                        Map.of("field", "checkoutOptions.paymentMethods"));
            }
        }
    }

    @Override
    public CheckoutResult createCheckout(PaymentSnapshot payment) {
        JsonObject order = OrderRequest.of(payment, urls.callback(NAME), urls.returnTo(NAME, payment.token()),
                config.orderTtlMinutes(lifetimes.lifetimes().checkout()));
        BogClient.Answer answer;
        try {
            answer = client.post(ORDERS, order, IdempotencyKeys.forOrder(payment.id()),
                    config.language(payment.payerLocale()), payment.checkoutOptions().theme());
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

    /**
     * Cancels a pre-authorization. BOG's API has no call that closes an order that was never paid: it closes at its
     * {@code ttl}, the payment's time to live, set when it was created.
     */
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
        Receipts receipt = receipt(payment.gatewayUid());
        if (receipt.json() == null) {
            return OperationResult.unknown(receipt.problem());
        }
        try {
            return Receipt.refundOutcome(receipt.json(), payment.captured() != null ? payment.captured() : payment.amount());
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
        Receipts receipt = receipt(payment.gatewayUid());
        if (receipt.json() == null) {
            return StatusReport.unknown(lookup, receipt.problem());
        }
        try {
            return Receipt.of(receipt.json()).about(payment.token());
        } catch (IllegalArgumentException e) {
            return StatusReport.unknown(lookup, "bog receipt: " + e.getMessage());
        }
    }

    /** A receipt, or why there is none ({@code unknownOrder}: BOG answered that it knows no such order). */
    private record Receipts(JsonObject json, String problem, boolean unknownOrder) {
    }

    private Receipts receipt(String orderId) {
        BogClient.Answer answer;
        try {
            answer = client.get("/payments/v1/receipt/" + HubUrls.encode(orderId));
        } catch (GatewayUnreachable e) {
            return new Receipts(null, "bog receipt: " + e.getMessage(), false);
        }
        if (!answer.isSuccess() || answer.json() == null) {
            return new Receipts(null, "bog receipt: HTTP " + answer.status(),
                    answer.status() == 400 || answer.status() == 404);
        }
        return new Receipts(answer.json(), null, false);
    }

    @Override
    public void verifyCallback(CallbackRequest callback) {
        callbacks.verify(callback);
    }

    /** Custom operations may call with any of these (seed 002); each call is authenticated as a callback is. */
    @Override
    public Set<String> callbackMethods() {
        return CALLBACK_METHODS;
    }

    /**
     * The signed {@code {"event":"order_payment","zoned_request_time":…,"body":{<receipt>}}}, or a custom
     * operation's call ({@link OperationCall}), which the hub confirms with the order's receipt: what such a call
     * claims is never applied on its word.
     */
    @Override
    public StatusReport parseCallback(CallbackRequest callback) {
        JsonObject message = orderPaymentMessage(callback);
        return message != null ? orderPayment(message) : confirmed(OperationCall.of(callback));
    }

    /** The body when it is an event message (a JSON object naming an {@code event}); null otherwise. */
    private static JsonObject orderPaymentMessage(CallbackRequest callback) {
        String text = callback.bodyText().strip();
        if (!text.startsWith("{")) {
            return null;
        }
        try (var reader = JSON.createReader(new StringReader(text))) {
            JsonObject json = reader.readObject();
            return json.containsKey("event") ? json : null;
        } catch (JsonException | IllegalStateException e) {
            throw new CallbackParseException("Not a BOG callback: " + e.getMessage(), e);
        }
    }

    private static StatusReport orderPayment(JsonObject message) {
        try {
            String event = Receipt.string(message, "event");
            if (!"order_payment".equals(event)) {
                throw new CallbackParseException("Not an order_payment event: " + event);
            }
            JsonObject body = Receipt.object(message, "body");
            if (body == null) {
                throw new CallbackParseException("The callback has no body object");
            }
            return Receipt.of(body);
        } catch (IllegalStateException | IllegalArgumentException | ArithmeticException e) {
            throw new CallbackParseException("Not a BOG callback: " + e.getMessage(), e);
        }
    }

    /** What BOG's receipt says of the order the call names; not known (for reconciliation) when BOG cannot say. */
    private StatusReport confirmed(OperationCall call) {
        PaymentLookup lookup = new PaymentLookup(null, null, call.orderId(), call.orderId());
        String claimed = "; the call claimed status " + call.claimedStatus();
        Receipts receipt = receipt(call.orderId());
        if (receipt.unknownOrder()) {
            throw new CallbackParseException("BOG knows no order " + call.orderId());
        }
        if (receipt.json() == null) {
            return StatusReport.unknown(lookup, receipt.problem() + claimed);
        }
        StatusReport report;
        try {
            report = Receipt.of(receipt.json());
        } catch (IllegalArgumentException | ArithmeticException e) {
            return StatusReport.unknown(lookup, "bog receipt: " + e.getMessage() + claimed);
        }
        if (!call.orderId().equals(report.lookup().gatewayUid())) {
            return StatusReport.unknown(lookup, "bog receipt: about another order" + claimed);
        }
        return new StatusReport(report.lookup(), report.status(), report.amount(), report.gatewayUid(), report.card(),
                report.detail() + " (receipt)" + claimed, report.captured());
    }
}
