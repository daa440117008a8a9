package io.paymenthub.callback;

import io.paymenthub.config.HubSettings;
import io.paymenthub.config.HubUrls;
import io.paymenthub.gateway.GatewayRegistry;
import io.paymenthub.gateway.spi.CallbackRequest;
import io.paymenthub.gateway.spi.PaymentSnapshot;
import io.paymenthub.gateway.spi.StatusReport;
import io.paymenthub.payment.EventSource;
import io.paymenthub.payment.Payment;
import io.paymenthub.payment.PaymentStatus;
import io.paymenthub.payment.control.GatewayReports;
import io.paymenthub.payment.control.PaymentRepository;
import io.paymenthub.payment.control.PaymentSnapshots;
import io.paymenthub.problem.HubException;
import io.paymenthub.transaction.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The payer's browser coming back from the gateway. Its query parameters are only a hint: the status comes
 * from the gateway's status API (or the payment stays as it is, waiting for the callback).
 */
@ApplicationScoped
public class ReturnHandler {

    private static final Logger LOG = Logger.getLogger(ReturnHandler.class);

    @Inject
    GatewayRegistry gateways;

    @Inject
    PaymentRepository payments;

    @Inject
    GatewayReports reports;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    HubSettings settings;

    @Inject
    HubUrls urls;

    /** Where the payer goes next: the payment's {@code returnUrl} (or {@code FRONTEND_URL}) with its id and status. */
    public String handle(String gateway, String token, CallbackRequest returnRequest) {
        Payment payment = unitOfWork.run(() -> payments.byToken(token == null ? "" : token)
                .filter(p -> p.gateway().equals(gateway))
                .orElseThrow(() -> HubException.notFound("Payment")));
        PaymentStatus status = payment.status();
        if (!status.isFinal()) {
            status = confirm(payment, returnRequest, status);
        }
        return destination(payment, status);
    }

    private PaymentStatus confirm(Payment payment, CallbackRequest returnRequest, PaymentStatus current) {
        PaymentSnapshot snapshot = PaymentSnapshots.of(payment);
        StatusReport report = gateways.adapter(payment.gateway()).confirmReturn(snapshot, returnRequest);
        if (!report.isKnown()) {
            return current;
        }
        try {
            return reports.apply(payment.gateway(), report.about(payment.token()), EventSource.RETURN, null).status();
        } catch (HubException e) {
            LOG.warnf("Return of %s not applied: %s", payment.id(), e.getMessage());
            return current;
        }
    }

    /**
     * Where the result page sends the payer back to: as a return would, or empty when the payment names no
     * {@code returnUrl} and no {@code FRONTEND_URL} is set (the result page is then the end of the way).
     */
    public Optional<String> backToShop(Payment payment) {
        if (payment.returnUrl() == null && settings.frontendUrl().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(destination(payment, payment.status()));
    }

    private String destination(Payment payment, PaymentStatus status) {
        String base = payment.returnUrl() != null ? payment.returnUrl()
                : settings.frontendUrl().orElse(urls.page(payment.token() + "/result"));
        String separator = base.contains("?") ? "&" : "?";
        return base + separator + "payment=" + HubUrls.encode(payment.id()) + "&status=" + status.name();
    }
}
