package io.paymenthub.gateway.spi;

import io.paymenthub.money.Money;
import io.paymenthub.network.IpRanges;
import jakarta.ejb.TransactionAttribute;
import java.util.Set;
import jakarta.ejb.TransactionAttributeType;
import java.util.Optional;

/**
 * What every adapter EJB extends: the SPI's default methods declared by a class, so that they too run outside
 * transactions. A class's {@code @TransactionAttribute} covers only the methods that class declares; a default
 * method inherited from the interface ran with the container's default, {@code REQUIRED} — each checkout's
 * {@link #validate} began and committed an empty transaction, and {@link #confirmReturn} asked the gateway inside
 * one. An adapter still annotates its own class, and names {@link GatewayAdapter} in its {@code implements} clause
 * (an EJB's business interfaces are those of its own class).
 */
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public abstract class OutsideTransactions implements GatewayAdapter {

    @Override
    public boolean isEnabledBesideLive() {
        return GatewayAdapter.super.isEnabledBesideLive();
    }

    @Override
    public IpRanges callbackSources() {
        return GatewayAdapter.super.callbackSources();
    }

    @Override
    public void validate(PaymentSnapshot payment) {
        GatewayAdapter.super.validate(payment);
    }

    @Override
    public void validateRefund(PaymentSnapshot payment, Money amount) {
        GatewayAdapter.super.validateRefund(payment, amount);
    }

    @Override
    public Set<String> callbackMethods() {
        return GatewayAdapter.super.callbackMethods();
    }

    @Override
    public void validateCapture(PaymentSnapshot payment, Money amount) {
        GatewayAdapter.super.validateCapture(payment, amount);
    }

    @Override
    public OperationResult queryRefund(PaymentSnapshot payment, RefundSnapshot refund) {
        return GatewayAdapter.super.queryRefund(payment, refund);
    }

    @Override
    public StatusReport confirmReturn(PaymentSnapshot payment, CallbackRequest returnRequest) {
        return GatewayAdapter.super.confirmReturn(payment, returnRequest);
    }

    @Override
    public boolean supportsTokenization() {
        return GatewayAdapter.super.supportsTokenization();
    }

    @Override
    public boolean supportsPayouts() {
        return GatewayAdapter.super.supportsPayouts();
    }

    @Override
    public OperationResult payout(PayoutSnapshot payout, String cardToken) {
        return GatewayAdapter.super.payout(payout, cardToken);
    }

    @Override
    public OperationResult queryPayout(PayoutSnapshot payout) {
        return GatewayAdapter.super.queryPayout(payout);
    }

    @Override
    public Optional<PayoutReport> parsePayoutCallback(CallbackRequest callback) {
        return GatewayAdapter.super.parsePayoutCallback(callback);
    }
}
