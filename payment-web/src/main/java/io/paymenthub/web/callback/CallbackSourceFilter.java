package io.paymenthub.web.callback;

import io.paymenthub.gateway.GatewayRegistry;
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
import jakarta.ws.rs.ext.Provider;
import java.net.InetAddress;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Answers {@code 403} to a gateway endpoint's caller outside the gateway's {@code <GATEWAY>_CALLBACK_ALLOWED_IPS}
 * (CONTRACT 7, "callbacks' sources"), with a security log line; a gateway without that list takes any caller.
 */
@Provider
@FromGateway
@Priority(Priorities.AUTHENTICATION - 200)
public class CallbackSourceFilter implements ContainerRequestFilter {

    private static final Logger SECURITY = Logger.getLogger("io.paymenthub.security");

    @Inject
    GatewayRegistry gateways;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        String gateway = GatewayRequests.gatewayOf(request.getUriInfo());
        IpRanges allowed = gateways.callbackSources(gateway);
        if (allowed.isAny()) {
            return;
        }
        Optional<InetAddress> client = clientAddress.of(servletRequest);
        if (client.isPresent() && allowed.contains(client.get())) {
            return;
        }
        SECURITY.warnf("Refused a %s callback from %s (connection from %s): not in its allowed networks", gateway,
                client.map(InetAddress::getHostAddress).orElse("an unreadable X-Forwarded-For"),
                servletRequest.getRemoteAddr());
        request.abortWith(Problems.of(ProblemCode.SOURCE_NOT_ALLOWED,
                "Callbacks of this gateway are not accepted from this address", request.getUriInfo().getPath(),
                Map.of()));
    }
}
