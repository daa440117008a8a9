package io.paymenthub.payment.control;

import io.paymenthub.payment.Payment;
import io.paymenthub.payment.Identifiers;
import io.paymenthub.problem.HubException;
import io.paymenthub.transaction.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The payer's side: a payment found by its token, for the hosted pages. */
@ApplicationScoped
public class HostedCheckouts {

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    PaymentRepository payments;

    public Payment byToken(String token) {
        if (!Identifiers.isPaymentToken(token)) {
            throw HubException.notFound("Payment");
        }
        return unitOfWork.run(() -> payments.byToken(token).orElseThrow(() -> HubException.notFound("Payment")));
    }
}
