package io.paymenthub.gateway.spi;

import io.paymenthub.money.Money;
import io.paymenthub.network.IpRanges;
import java.util.Optional;
import java.util.Set;

/**
 * One payment gateway, translated into the hub's terms. Implementations are {@code @Stateless} EJBs
 * qualified with {@link Gateway}, outside transactions (they extend {@link OutsideTransactions}: a gateway is
 * never called inside one, and each call would otherwise begin and commit an empty one); the gateway's own JSON,
 * signatures and statuses never leave the adapter.
 *
 * <p>Every call carries the hub's payment (its id is the idempotency anchor at the gateway). A result of
 * {@link ResultKind#UNDEFINED} means "not known yet" (a timeout, a 5xx): the hub reconciles later and never
 * treats it as a failure.
 */
public interface GatewayAdapter {

    /** True when this gateway's configuration is complete; only enabled gateways take payments. */
    boolean isEnabled();

    /** True when payments go to the gateway's sandbox (no real money moves). */
    boolean isTestMode();

    /**
     * False for a gateway that only simulates payments and must not stay enabled beside one that moves real money
     * (not in test mode) unless its operator said so: anyone with such a payment's page could have it paid.
     */
    default boolean isEnabledBesideLive() {
        return true;
    }

    /**
     * The networks this gateway's callbacks may come from ({@code <GATEWAY>_CALLBACK_ALLOWED_IPS}); by default any.
     * Read once, at start-up: a list that is not one fails the deployment.
     */
    default IpRanges callbackSources() {
        return IpRanges.ANY;
    }

    /**
     * Refuses, with a {@link io.paymenthub.problem.HubException}, a payment this gateway cannot take
     * (an amount it cannot express, a currency it does not serve). Called before anything is stored.
     */
    default void validate(PaymentSnapshot payment) {
    }

    /**
     * Refuses, with a {@link io.paymenthub.problem.HubException}, a refund this gateway would refuse (below its
     * minimum, too late). Called before the refund is reserved, so a refusal leaves nothing behind.
     */
    default void validateRefund(PaymentSnapshot payment, Money amount) {
    }

    /**
     * Refuses, with a {@link io.paymenthub.problem.HubException}, a capture this gateway cannot express (an amount
     * it cannot send). Called before the capture is recorded as requested, so a refusal leaves nothing behind.
     */
    default void validateCapture(PaymentSnapshot payment, Money amount) {
    }

    /** Opens the gateway's checkout for a new payment: where and how to send the payer. */
    CheckoutResult createCheckout(PaymentSnapshot payment);

    /** Captures (part of) an authorized payment. */
    OperationResult capture(PaymentSnapshot payment, Money amount);

    /** Voids an authorization, or abandons a checkout that was not paid. */
    OperationResult cancel(PaymentSnapshot payment);

    /** Refunds (part of) a captured payment; {@code refundId} identifies the refund at the gateway. */
    OperationResult refund(PaymentSnapshot payment, String refundId, Money amount, String reason);

    /**
     * Asks the gateway, server to server, what became of a refund whose outcome was not known when it was sent
     * ({@link ResultKind#PENDING} or {@link ResultKind#UNDEFINED}). The reconciliation janitor calls it, outside
     * any transaction, with backoff. By default the gateway cannot tell: the refund stays pending.
     */
    default OperationResult queryRefund(PaymentSnapshot payment, RefundSnapshot refund) {
        return OperationResult.unknown("refund status query not supported");
    }

    /** Asks the gateway, server to server, what became of a payment. */
    StatusReport queryStatus(PaymentSnapshot payment);

    /**
     * The HTTP methods this gateway's callbacks come with (upper case); any other is answered {@code 405} before the
     * callback is read. By default only POST.
     */
    default Set<String> callbackMethods() {
        return Set.of("POST");
    }

    /**
     * Checks that a callback really comes from the gateway (signature, credentials), over the raw bytes.
     *
     * @throws CallbackRejectedException when it does not; nothing is changed and a security event is logged
     */
    void verifyCallback(CallbackRequest callback);

    /**
     * Reads a verified callback: which payment, what status, what amount.
     *
     * @throws CallbackParseException for a body that cannot be understood
     */
    StatusReport parseCallback(CallbackRequest callback);

    /**
     * What the payer's return says, confirmed server to server. The query parameters come from the payer's
     * browser: on their own they never make a payment successful. By default the gateway is asked.
     */
    default StatusReport confirmReturn(PaymentSnapshot payment, CallbackRequest returnRequest) {
        return queryStatus(payment);
    }

    /**
     * True for a gateway with tokenization checkouts (the payer's card saved, nothing charged); the hub refuses such
     * a payment for any other before anything is stored, so no other adapter ever sees one.
     */
    default boolean supportsTokenization() {
        return false;
    }

    /** True for a gateway that sends payouts to card tokens ({@link #payout}); the others refuse them. */
    default boolean supportsPayouts() {
        return false;
    }

    /**
     * Sends a payout to {@code cardToken}, once: the payout's id is its tracking id at the gateway, by which a payout
     * whose answer never came is found ({@link #queryPayout}). Called only when {@link #supportsPayouts}.
     */
    default OperationResult payout(PayoutSnapshot payout, String cardToken) {
        return OperationResult.refused("payouts not supported");
    }

    /**
     * Asks the gateway, server to server, what became of a payout whose outcome is not known; the janitor calls it
     * outside any transaction, with backoff. {@link ResultKind#UNDEFINED} when the gateway cannot tell.
     */
    default OperationResult queryPayout(PayoutSnapshot payout) {
        return OperationResult.unknown("payout status query not supported");
    }

    /**
     * A verified callback that is about a payout, read; empty for a callback about a payment.
     *
     * @throws CallbackParseException for a body that cannot be understood
     */
    default Optional<PayoutReport> parsePayoutCallback(CallbackRequest callback) {
        return Optional.empty();
    }
}
