package io.paymenthub.web.callback;

import io.paymenthub.gateway.GatewayRegistry;
import io.paymenthub.gateway.bog.BogGateway;
import io.paymenthub.gateway.bog.BogRateLimit;
import io.paymenthub.network.IpRanges;
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
import java.net.InetAddress;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Who may call a gateway endpoint, decided by the client's address ({@link ClientAddress}) once the endpoint is
 * matched and before a byte of the body is read: outside the gateway's {@code <GATEWAY>_CALLBACK_ALLOWED_IPS}
 * (docs/api.md, "callbacks' sources"), {@code 403} and a security log line; beyond BOG's rate limit per client
 * ({@code /api/v1/callbacks/bog} and its OAuth endpoint), {@code 429} with {@code Retry-After: 1}.
 */
@Provider
@FromGateway
@Priority(Priorities.AUTHENTICATION - 100)
public class GatewayCallerFilter implements ContainerRequestFilter {

    private static final Logger SECURITY = Logger.getLogger("io.paymenthub.security");

    @Inject
    GatewayRegistry gateways;

    @Inject
    BogRateLimit bogLimit;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        String gateway = GatewayRequests.gatewayOf(request.getUriInfo());
        IpRanges allowed = gateways.callbackSources(gateway);
        boolean rateLimited = BogGateway.NAME.equals(gateway);
        if (allowed.isAny() && !rateLimited) {
            return;
        }
        Optional<InetAddress> client = clientAddress.of(servletRequest);
        String path = request.getUriInfo().getPath();
        String address = client.map(InetAddress::getHostAddress).orElse("unknown");
        if (!allowed.contains(client.orElse(null))) {
            SECURITY.warnf("Refused a %s callback from %s (connection from %s): not in its allowed networks", gateway,
                    address, servletRequest.getRemoteAddr());
            request.abortWith(Problems.of(ProblemCode.SOURCE_NOT_ALLOWED,
                    "Callbacks of this gateway are not accepted from this address", path, Map.of()));
        } else if (rateLimited && !bogLimit.allows(address)) {
            SECURITY.debugf("Rate limit: refused a call to %s from %s", path, address);
            request.abortWith(Response.fromResponse(Problems.of(ProblemCode.TOO_MANY_REQUESTS,
                    "Too many requests to the BOG endpoints; slow down", path, Map.of()))
                    .header("Retry-After", "1").build());
        }
    }
}
