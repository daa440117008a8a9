package io.paymenthub.gateway;

import io.paymenthub.gateway.spi.CallbackRequest;
import io.paymenthub.gateway.spi.CheckoutResult;
import io.paymenthub.gateway.spi.GatewayAdapter;
import io.paymenthub.gateway.spi.OperationResult;
import io.paymenthub.gateway.spi.PaymentSnapshot;
import io.paymenthub.gateway.spi.PayoutReport;
import io.paymenthub.gateway.spi.PayoutSnapshot;
import io.paymenthub.gateway.spi.RefundSnapshot;
import io.paymenthub.gateway.spi.StatusReport;
import io.paymenthub.metrics.HubMetrics;
import io.paymenthub.money.Money;
import io.paymenthub.network.IpRanges;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An adapter with every outbound call timed and counted by gateway, operation and outcome. It overrides every
 * method of the SPI, defaults included, so that no adapter's own behaviour is hidden behind it. Whether the gateway
 * runs in test mode, and where its callbacks may come from, are its configuration's, read once, as whether it is
 * enabled is ({@link GatewayRegistry}): not an EJB call in every checkout or callback.
 */
final class MeteredGateway implements GatewayAdapter {

    private final String name;
    private final GatewayAdapter adapter;
    private final HubMetrics metrics;
    private final boolean testMode;
    private final IpRanges callbackSources;

    MeteredGateway(String name, GatewayAdapter adapter, HubMetrics metrics) {
        this.name = name;
        this.adapter = adapter;
        this.metrics = metrics;
        this.testMode = adapter.isTestMode();
        this.callbackSources = adapter.callbackSources();
    }

    @Override
    public boolean isEnabled() {
        return adapter.isEnabled();
    }

    @Override
    public boolean isTestMode() {
        return testMode;
    }

    @Override
    public boolean isEnabledBesideLive() {
        return adapter.isEnabledBesideLive();
    }

    @Override
    public IpRanges callbackSources() {
        return callbackSources;
    }

    @Override
    public void validate(PaymentSnapshot payment) {
        adapter.validate(payment);
    }

    @Override
    public void validateRefund(PaymentSnapshot payment, Money amount) {
        adapter.validateRefund(payment, amount);
    }

    @Override
    public Set<String> callbackMethods() {
        return adapter.callbackMethods();
    }

    @Override
    public void validateCapture(PaymentSnapshot payment, Money amount) {
        adapter.validateCapture(payment, amount);
    }

    @Override
    public CheckoutResult createCheckout(PaymentSnapshot payment) {
        return metrics.outbound(name, "create_checkout", () -> adapter.createCheckout(payment), r -> kind(r.kind()));
    }

    @Override
    public OperationResult capture(PaymentSnapshot payment, Money amount) {
        return metrics.outbound(name, "capture", () -> adapter.capture(payment, amount), r -> kind(r.kind()));
    }

    @Override
    public OperationResult cancel(PaymentSnapshot payment) {
        return metrics.outbound(name, "cancel", () -> adapter.cancel(payment), r -> kind(r.kind()));
    }

    @Override
    public OperationResult refund(PaymentSnapshot payment, String refundId, Money amount, String reason) {
        return metrics.outbound(name, "refund", () -> adapter.refund(payment, refundId, amount, reason),
                r -> kind(r.kind()));
    }

    @Override
    public OperationResult queryRefund(PaymentSnapshot payment, RefundSnapshot refund) {
        return metrics.outbound(name, "query_refund", () -> adapter.queryRefund(payment, refund), r -> kind(r.kind()));
    }

    @Override
    public StatusReport queryStatus(PaymentSnapshot payment) {
        return metrics.outbound(name, "query_status", () -> adapter.queryStatus(payment), MeteredGateway::known);
    }

    @Override
    public StatusReport confirmReturn(PaymentSnapshot payment, CallbackRequest returnRequest) {
        return metrics.outbound(name, "confirm_return", () -> adapter.confirmReturn(payment, returnRequest),
                MeteredGateway::known);
    }

    @Override
    public void verifyCallback(CallbackRequest callback) {
        adapter.verifyCallback(callback);
    }

    @Override
    public StatusReport parseCallback(CallbackRequest callback) {
        return adapter.parseCallback(callback);
    }

    @Override
    public boolean supportsTokenization() {
        return adapter.supportsTokenization();
    }

    @Override
    public boolean supportsPayouts() {
        return adapter.supportsPayouts();
    }

    @Override
    public OperationResult payout(PayoutSnapshot payout, String cardToken) {
        return metrics.outbound(name, "payout", () -> adapter.payout(payout, cardToken), r -> kind(r.kind()));
    }

    @Override
    public OperationResult queryPayout(PayoutSnapshot payout) {
        return metrics.outbound(name, "query_payout", () -> adapter.queryPayout(payout), r -> kind(r.kind()));
    }

    @Override
    public Optional<PayoutReport> parsePayoutCallback(CallbackRequest callback) {
        return adapter.parsePayoutCallback(callback);
    }

    private static String kind(io.paymenthub.gateway.spi.ResultKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static String known(StatusReport report) {
        return report.isKnown() ? "known" : "unknown";
    }
}
