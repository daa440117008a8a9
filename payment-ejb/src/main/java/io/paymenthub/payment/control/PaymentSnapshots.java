package io.paymenthub.payment.control;

import io.paymenthub.gateway.spi.PaymentSnapshot;
import io.paymenthub.payment.Payment;

/** Copies a payment for an adapter, so that no managed entity leaves its transaction. */
public final class PaymentSnapshots {

    private PaymentSnapshots() {
    }

    public static PaymentSnapshot of(Payment p) {
        return new PaymentSnapshot(p.id(), p.token(), p.gateway(), p.status(), p.amount(), p.captured(),
                p.description(), p.reference(), p.customerId(), p.customerEmail(), p.captureMode(), p.testMode(),
                p.gatewayUid(), p.gatewayReference(), p.metadata(), p.createdAt(), p.appId(),
                p.locale().orElse(null), p.lineItems(), p.checkoutOptions());
    }
}
