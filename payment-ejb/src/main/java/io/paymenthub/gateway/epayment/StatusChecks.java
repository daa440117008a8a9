package io.paymenthub.gateway.epayment;

import io.paymenthub.gateway.http.GatewayUnreachable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Asks check-status what became of an invoice. Not found (102), try later (107), errors (103), a timeout or a
 * 5xx leave the status unknown, for the reconciliation job; configuration errors (104, 106, 109) are logged as
 * errors naming the keys to fix.
 */
@ApplicationScoped
public class StatusChecks {

    private static final Logger LOG = Logger.getLogger(StatusChecks.class);

    @Inject
    EpaymentClient client;

    CheckedStatus of(String invoiceId) {
        EpaymentClient.Answer answer;
        try {
            answer = client.checkStatus(invoiceId);
        } catch (GatewayUnreachable e) {
            LOG.warnf("epayment.kz check-status for invoice %s: %s", invoiceId, e.getMessage());
            return CheckedStatus.unknown(invoiceId, "epayment check-status unreachable: " + e.getMessage());
        }
        if (answer.json() == null) {
            LOG.warnf("epayment.kz check-status for invoice %s answered HTTP %d without JSON", invoiceId, answer.status());
            return CheckedStatus.unknown(invoiceId, "epayment check-status: HTTP " + answer.status());
        }
        CheckedStatus checked = CheckedStatus.of(invoiceId, answer.json());
        if (checked.result() == StatusNames.ResultCode.CONFIGURATION_ERROR) {
            LOG.errorf("epayment.kz refuses the hub's terminal or token (%s): check EPAYMENT_TERMINAL and "
                    + "EPAYMENT_CLIENT_ID", checked.detail());
        }
        return checked;
    }
}
