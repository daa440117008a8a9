package io.paymenthub.gateway.epayment;

import io.paymenthub.gateway.http.GatewayUnreachable;
import io.paymenthub.gateway.spi.OperationResult;
import io.paymenthub.gateway.spi.PaymentSnapshot;
import io.paymenthub.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * {@code POST /operation/{id}/charge|cancel|refund}: 200 without a body when done, 400 {@code {"code","message"}}
 * when refused. A timeout or a 5xx is "not known", reconciled later. The transaction id comes from the postLink
 * or check-status; when the hub has not seen it yet, check-status is asked for it.
 */
@ApplicationScoped
public class Operations {

    private static final Logger LOG = Logger.getLogger(Operations.class);

    @Inject
    EpaymentClient client;

    @Inject
    StatusChecks statuses;

    OperationResult charge(PaymentSnapshot payment, Money amount) {
        Map<String, String> query = new LinkedHashMap<>();
        if (!amount.equals(payment.amount())) {
            query.put("amount", Amounts.decimal(amount));
        }
        return run(payment, "charge", query);
    }

    OperationResult cancel(PaymentSnapshot payment) {
        return run(payment, "cancel", Map.of());
    }

    OperationResult refund(PaymentSnapshot payment, String refundId, Money amount) {
        Map<String, String> query = new LinkedHashMap<>();
        if (payment.captured() == null || !amount.equals(payment.captured())) {
            query.put("amount", Amounts.decimal(amount));
        }
        query.put("externalID", refundId);
        return run(payment, "refund", query);
    }

    private OperationResult run(PaymentSnapshot payment, String operation, Map<String, String> query) {
        try {
            String transactionId = transactionId(payment);
            if (transactionId == null) {
                return OperationResult.refused("epayment.kz has no transaction for this payment yet");
            }
            EpaymentClient.Answer answer = client.operation(transactionId, operation, query);
            if (answer.isSuccess()) {
                return OperationResult.processed(transactionId);
            }
            if (answer.isUnknownOutcome()) {
                LOG.warnf("epayment.kz %s of %s: %s", operation, payment.id(), answer.error());
                return OperationResult.unknown(operation + ": " + answer.error());
            }
            return OperationResult.refused(answer.error());
        } catch (GatewayUnreachable e) {
            LOG.warnf("epayment.kz %s of %s unreachable: %s", operation, payment.id(), e.getMessage());
            return OperationResult.unknown(operation + ": epayment.kz unreachable (" + e.getMessage() + ")");
        }
    }

    private String transactionId(PaymentSnapshot payment) {
        if (payment.gatewayUid() != null) {
            return payment.gatewayUid();
        }
        if (payment.gatewayReference() == null) {
            return null;
        }
        CheckedStatus checked = statuses.of(payment.gatewayReference());
        if (checked.transactionId() == null && checked.result() == StatusNames.ResultCode.RETRY_LATER) {
            throw new GatewayUnreachable(checked.detail());
        }
        return checked.transactionId();
    }
}
