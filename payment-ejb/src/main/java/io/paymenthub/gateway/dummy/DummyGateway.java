package io.paymenthub.gateway.dummy;

import static io.paymenthub.json.JsonFactory.JSON;

import io.paymenthub.config.HubUrls;
import io.paymenthub.gateway.spi.CallbackParseException;
import io.paymenthub.gateway.spi.CallbackRejectedException;
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
import io.paymenthub.payment.PaymentStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The built-in gateway. Its checkout is the hub's page {@code /pay/dummy/{token}}; the page's submit becomes
 * a signed callback {@code {"token","status","amount","currency","uid"}} processed like any gateway's.
 * Operations (capture, cancel, refund) succeed at once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@Gateway(DummyGateway.NAME)
public class DummyGateway extends OutsideTransactions implements GatewayAdapter {

    public static final String NAME = "dummy";

    @Inject
    HubUrls urls;

    @Inject
    DummySignature signature;

    /** Unset: enabled while no gateway is live; {@code true} beside live ones too (staging); {@code false}: never. */
    @Inject
    @ConfigProperty(name = "PAYMENT_DUMMY_ENABLED")
    Optional<Boolean> enabled;

    @Override
    public boolean isEnabled() {
        return enabled.orElse(true);
    }

    @Override
    public boolean isEnabledBesideLive() {
        return enabled.orElse(false);
    }

    @Override
    public boolean isTestMode() {
        return true;
    }

    @Override
    public CheckoutResult createCheckout(PaymentSnapshot payment) {
        return CheckoutResult.opened(Checkout.redirect(urls.page("dummy/" + payment.token())), null, payment.token());
    }

    @Override
    public OperationResult capture(PaymentSnapshot payment, Money amount) {
        return OperationResult.processed(operationId());
    }

    @Override
    public OperationResult cancel(PaymentSnapshot payment) {
        return OperationResult.processed(operationId());
    }

    @Override
    public OperationResult refund(PaymentSnapshot payment, String refundId, Money amount, String reason) {
        return OperationResult.processed(operationId());
    }

    /** Refunds at the dummy gateway are instant: one that is asked about was done. */
    @Override
    public OperationResult queryRefund(PaymentSnapshot payment, RefundSnapshot refund) {
        return OperationResult.processed(refund.gatewayReference() != null ? refund.gatewayReference() : operationId());
    }

    /** The dummy gateway keeps no state of its own: what it knows arrived through its callback. */
    @Override
    public StatusReport queryStatus(PaymentSnapshot payment) {
        return StatusReport.unknown(PaymentLookup.byToken(payment.token()), "the dummy gateway reports by callback");
    }

    @Override
    public void verifyCallback(CallbackRequest callback) {
        if (!signature.verify(callback.body(), callback.header(DummySignature.HEADER))) {
            throw new CallbackRejectedException("missing or wrong " + DummySignature.HEADER);
        }
    }

    @Override
    public StatusReport parseCallback(CallbackRequest callback) {
        try (var reader = JSON.createReader(new StringReader(callback.bodyText()))) {
            JsonObject json = reader.readObject();
            Money amount = Money.of(json.getJsonNumber("amount").longValueExact(), json.getString("currency"));
            return new StatusReport(PaymentLookup.byToken(json.getString("token")),
                    PaymentStatus.valueOf(json.getString("status")), amount, json.getString("uid", null), null,
                    "dummy: " + json.getString("status"));
        } catch (JsonException | ClassCastException | NullPointerException | ArithmeticException
                 | IllegalArgumentException e) {
            throw new CallbackParseException("Not a dummy callback: " + e.getMessage(), e);
        }
    }

    private static String operationId() {
        return "dummy_" + UUID.randomUUID();
    }
}
