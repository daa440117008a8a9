package io.paymenthub.gateway.epayment;

import io.paymenthub.transaction.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Numbers a payment's invoice, once: a second checkout for the same payment gets the same invoice id. The id
 * becomes the payment's gateway reference, so a postLink's {@code invoiceId} finds its payment.
 */
@ApplicationScoped
public class Invoices {

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    public String invoiceFor(String paymentId) {
        return unitOfWork.run(() -> em.createQuery(
                        "select i from EpaymentInvoice i where i.paymentId = :paymentId", EpaymentInvoice.class)
                .setParameter("paymentId", paymentId).getResultStream().findFirst()
                .orElseGet(() -> {
                    EpaymentInvoice invoice = new EpaymentInvoice(paymentId, clock.instant());
                    em.persist(invoice);
                    em.flush();
                    return invoice;
                }).invoiceId());
    }
}
