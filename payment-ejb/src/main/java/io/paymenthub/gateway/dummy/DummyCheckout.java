package io.paymenthub.gateway.dummy;

import static io.paymenthub.json.JsonFactory.JSON;

import io.paymenthub.callback.CallbackProcessor;
import io.paymenthub.gateway.GatewayRegistry;
import io.paymenthub.gateway.spi.CallbackRequest;
import io.paymenthub.payment.Payment;
import io.paymenthub.payment.control.HostedCheckouts;
import io.paymenthub.payment.control.ReportResult;
import io.paymenthub.problem.HubException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The dummy gateway's side of its payment page: the payer's choice becomes a signed callback
 * {@code {"token","status","amount","currency","uid"}}, processed like any gateway's.
 */
@ApplicationScoped
public class DummyCheckout {

    @Inject
    HostedCheckouts checkouts;

    @Inject
    DummySignature signature;

    @Inject
    CallbackProcessor callbacks;

    @Inject
    GatewayRegistry gateways;

    /** A dummy payment; none while the dummy gateway is disabled (a live hub's dummy payments cannot be paid). */
    public Payment payment(String token) {
        if (!gateways.isEnabled(DummyGateway.NAME)) {
            throw HubException.notFound("Payment");
        }
        Payment payment = checkouts.byToken(token);
        if (!DummyGateway.NAME.equals(payment.gateway())) {
            throw HubException.notFound("Payment");
        }
        return payment;
    }

    public ReportResult submit(String token, DummyOutcome outcome) {
        return callbacks.process(DummyGateway.NAME, callbackFor(payment(token), outcome), "dummy page");
    }

    /** The callback the dummy gateway sends when the payer chooses {@code outcome}: signed, as a gateway would. */
    CallbackRequest callbackFor(Payment payment, DummyOutcome outcome) {
        byte[] body = JSON.createObjectBuilder()
                .add("token", payment.token())
                .add("status", outcome.status(payment.captureMode()).name())
                .add("amount", payment.amount().minor())
                .add("currency", payment.amount().currency())
                .add("uid", "dummy_" + payment.token().substring(3))
                .build().toString().getBytes(StandardCharsets.UTF_8);
        return new CallbackRequest(Map.of(DummySignature.HEADER, List.of(signature.sign(body)),
                "Content-Type", List.of("application/json")), Map.of(), body);
    }
}
