package io.paymenthub.web.payment;

import io.paymenthub.idempotency.OperationAnswers;
import io.paymenthub.idempotency.StoredResponse;
import io.paymenthub.payment.control.RefundService;
import io.paymenthub.web.JsonbResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * The answer of a refund request that reached its gateway and then failed or died before it answered, once the
 * janitor has settled the refund: {@code 201} with the refund, as the request itself answers.
 */
@ApplicationScoped
public class RefundAnswers implements OperationAnswers {

    @Inject
    RefundService refunds;

    @Override
    public Optional<StoredResponse> settled(String operation) {
        if (!operation.startsWith(RefundService.OPERATION)) {
            return Optional.empty();
        }
        return refunds.settled(operation.substring(RefundService.OPERATION.length())).map(refund -> new StoredResponse(
                Response.Status.CREATED.getStatusCode(), JsonbResolver.JSONB.toJson(RefundJson.of(refund)), null));
    }
}
