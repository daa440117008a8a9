package io.paymenthub.receipt.control;

import io.paymenthub.payment.Payment;
import io.paymenthub.payment.control.PaymentRepository;
import io.paymenthub.problem.HubException;
import io.paymenthub.receipt.Receipt;
import io.paymenthub.transaction.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Reads a payment's receipt, for the payment's own app only. */
@ApplicationScoped
public class Receipts {

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    PaymentRepository payments;

    @Inject
    ReceiptNumbering numbering;

    @PersistenceContext
    EntityManager em;

    /** The receipt and the payment as it is now (refunds show on the receipt). */
    public record Issued(Receipt receipt, Payment payment) {
    }

    /**
     * Always numbered: a receipt read in the moment between its fulfilment's commit and its numbering is numbered
     * first.
     *
     * @throws HubException {@code not_found} for another app's payment, or one that has no receipt (not paid)
     */
    public Issued of(String appId, String paymentId) {
        Issued issued = read(appId, paymentId);
        if (!issued.receipt().isNumbered()) {
            numbering.numberAll();
            issued = read(appId, paymentId);
        }
        return issued;
    }

    private Issued read(String appId, String paymentId) {
        return unitOfWork.run(() -> {
            Payment payment = payments.ofApp(appId, paymentId);
            Receipt receipt = em.find(Receipt.class, paymentId);
            if (receipt == null) {
                throw HubException.notFound("Receipt of payment " + paymentId);
            }
            return new Issued(receipt, payment);
        });
    }
}
