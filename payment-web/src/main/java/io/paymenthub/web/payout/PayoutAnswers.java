package io.paymenthub.web.payout;

import io.paymenthub.idempotency.OperationAnswers;
import io.paymenthub.idempotency.StoredResponse;
import io.paymenthub.payout.control.PayoutService;
import io.paymenthub.payout.control.PayoutSettling;
import io.paymenthub.web.JsonbResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * The answer of a payout request that reached its gateway and then failed or died before it answered, once the
 * payout is settled (by its webhook or the janitor): {@code 201} with the payout, as the request itself answers.
 */
@ApplicationScoped
public class PayoutAnswers implements OperationAnswers {

    @Inject
    PayoutSettling payouts;

    @Override
    public Optional<StoredResponse> settled(String operation) {
        if (!operation.startsWith(PayoutService.OPERATION)) {
            return Optional.empty();
        }
        return payouts.settled(operation.substring(PayoutService.OPERATION.length())).map(payout ->
                new StoredResponse(Response.Status.CREATED.getStatusCode(),
                        JsonbResolver.JSONB.toJson(PayoutJson.of(payout)), null));
    }
}
