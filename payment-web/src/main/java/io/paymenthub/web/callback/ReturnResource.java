package io.paymenthub.web.callback;

import io.paymenthub.callback.ReturnHandler;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * {@code GET /api/v1/return/{gateway}?token=pt_…}: the payer's browser coming back. Answers 302 to the
 * payment's {@code returnUrl} (or {@code FRONTEND_URL}) with {@code ?payment=<id>&status=<status>}; the status
 * is what the gateway confirmed, never what the browser's query claimed.
 */
@Path("api/v1/return/{gateway}")
@RequestScoped
public class ReturnResource {

    @Inject
    ReturnHandler returns;

    @GET
    public Response back(@PathParam("gateway") String gateway, @QueryParam("token") String token,
                         @Context HttpHeaders headers, @Context UriInfo uri) {
        String destination = returns.handle(gateway, token, GatewayRequests.of("GET", headers, uri, null));
        return Response.status(Response.Status.FOUND).location(URI.create(destination)).build();
    }

    /** Some gateways send the payer back with a form POST; it is treated like the GET. */
    @POST
    public Response backByPost(@PathParam("gateway") String gateway, @QueryParam("token") String token,
                               @Context HttpHeaders headers, @Context UriInfo uri) {
        return back(gateway, token, headers, uri);
    }
}
