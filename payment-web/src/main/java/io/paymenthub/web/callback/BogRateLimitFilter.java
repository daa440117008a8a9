package io.paymenthub.web.callback;

import io.paymenthub.gateway.bog.BogGateway;
import io.paymenthub.gateway.bog.BogRateLimit;
import io.paymenthub.problem.ProblemCode;
import io.paymenthub.web.problem.Problems;
import io.paymenthub.web.security.ClientAddress;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Limits the rate of calls per client address ({@link ClientAddress}: behind a trusted proxy, the address it
 * forwarded for) to the BOG-facing endpoints ({@code /api/v1/callbacks/bog} and its OAuth endpoint) before
 * anything is parsed or verified: {@code 429} with {@code Retry-After: 1} beyond it.
 */
@Provider
@FromGateway
@Priority(Priorities.AUTHENTICATION - 100)
public class BogRateLimitFilter implements ContainerRequestFilter {

    private static final Logger SECURITY = Logger.getLogger("io.paymenthub.security");

    @Inject
    BogRateLimit limit;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!BogGateway.NAME.equals(GatewayRequests.gatewayOf(request.getUriInfo()))) {
            return;
        }
        String path = request.getUriInfo().getPath();
        String address = clientAddress.textOf(servletRequest);
        if (!limit.allows(address)) {
            SECURITY.debugf("Rate limit: refused a call to %s from %s", path, address);
            request.abortWith(Response.fromResponse(Problems.of(ProblemCode.TOO_MANY_REQUESTS,
                    "Too many requests to the BOG endpoints; slow down", path, Map.of()))
                    .header("Retry-After", "1").build());
        }
    }
}
